import type { APIRoute } from 'astro';
import { exportRecords } from '../route-data/duties.ts';

/**
 * One duty a line: about a sixth smaller than indented JSON, and a diff of two
 * releases' files still shows one line for each changed duty.
 */
export const GET: APIRoute = async () => {
  const lines = (await exportRecords()).map((record) => JSON.stringify(record));
  return new Response(lines.length ? `[\n${lines.join(',\n')}\n]\n` : '[]\n', { headers: { 'content-type': 'application/json' } });
};
