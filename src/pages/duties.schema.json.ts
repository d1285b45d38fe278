import type { APIRoute } from 'astro';
import { exportJsonSchema } from '../duties/export-record.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(exportJsonSchema(), null, 2), { headers: { 'content-type': 'application/schema+json' } });
