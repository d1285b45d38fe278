/** `changes.json`, only when the build was given a previous release (SINCE). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ChangesExport } from '../changes/changes-export.ts';
import { changesData } from '../route-data/changes.ts';

export const getStaticPaths = (async () => ((await changesData()) ? [{ params: { changes: 'changes' } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const { since, date, changes } = (await changesData())!;
  const body: ChangesExport = { since, date, changes };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'content-type': 'application/json' } });
};
