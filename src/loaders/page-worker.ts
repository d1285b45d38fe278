/**
 * A worker process of the page pool (page-pool.ts): it builds the pipeline
 * once, from the facts of the build it was started with, and processes the
 * batches of pages it is given, one page after the other.
 */
import { readFileSync } from 'node:fs';
import { SITE_FACTS_VARIABLE } from './page-pool.ts';
import { pagePipeline, type PageResult, type PageTask, processPage, type SiteFacts } from './process-page.ts';

const site = JSON.parse(readFileSync(process.env[SITE_FACTS_VARIABLE]!, 'utf8')) as SiteFacts;
const pipeline = pagePipeline(site);

export default async function processBatch(tasks: PageTask[]): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const task of tasks) results.push(await processPage(pipeline, site, task));
  return results;
}
