/**
 * A worker thread of the page pool (page-pool.ts): it builds the pipeline
 * once, from the facts of the build it was started with, and processes the
 * batches of pages it is given, one page after the other.
 */
import { workerData } from 'node:worker_threads';
import { pagePipeline, type PageResult, type PageTask, processPage, type SiteFacts } from './process-page.ts';

// Tinypool hands its own data first, then ours.
const site = (workerData as [unknown, SiteFacts])[1];
const pipeline = pagePipeline(site);

export default async function processBatch(tasks: PageTask[]): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const task of tasks) results.push(await processPage(pipeline, site, task));
  return results;
}
