/** `changes.schema.json`, beside changes.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { changesJsonSchema } from '../changes/changes-export.ts';
import { changesData } from '../route-data/changes.ts';

export const getStaticPaths = (async () => ((await changesData()) ? [{ params: { changes: 'changes' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => new Response(JSON.stringify(changesJsonSchema(), null, 2), { headers: { 'content-type': 'application/schema+json' } });
