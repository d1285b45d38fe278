import type { APIRoute } from 'astro';
import { exportRecords } from '../route-data/duties.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await exportRecords(), null, 2), { headers: { 'content-type': 'application/json' } });
