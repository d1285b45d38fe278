/**
 * Serves the content root's images and other media at their path in the
 * content root, in `astro dev` and in the build alike.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { siteData } from '../route-data/site.ts';

export const getStaticPaths = (async () => {
  const { assets } = await siteData();
  return assets.map((asset) => ({ params: { asset: asset.path }, props: { file: asset.file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(await readFile(props.file as string));
