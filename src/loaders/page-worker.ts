/**
 * A worker process of the page pool (page-pool.ts): it builds the pipeline
 * once, from the facts of the build it was started for, and processes the
 * batches of pages it is given, one page after the other. The facts are read
 * with the first batch: a worker may start before they are known.
 */
import { readFileSync } from 'node:fs';
import type { MarkdownPipeline } from '../markdown/pipeline.ts';
import { SITE_FACTS_VARIABLE } from './page-pool.ts';
import { pagePipeline, type PageResult, type PageTask, processPage, type SiteFacts } from './process-page.ts';

let built: { site: SiteFacts; pipeline: MarkdownPipeline } | undefined;

function build(): { site: SiteFacts; pipeline: MarkdownPipeline } {
  const site = JSON.parse(readFileSync(process.env[SITE_FACTS_VARIABLE]!, 'utf8')) as SiteFacts;
  return { site, pipeline: pagePipeline(site) };
}

export default async function processBatch(tasks: PageTask[]): Promise<PageResult[]> {
  const { site, pipeline } = (built ??= build());
  const results: PageResult[] = [];
  for (const task of tasks) results.push(await processPage(pipeline, site, task));
  return results;
}
