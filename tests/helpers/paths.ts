import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(PROJECT_ROOT, '../shared');
export const CORPUS_MMD = path.join(SHARED, 'corpus/mmd-2018');
export const ROLES_HISTORY = path.join(SHARED, 'corpus/roles-history');
export const SEED_CONTENT = path.join(PROJECT_ROOT, 'content');
/** Everything the tests write; git ignores it. */
export const TEST_OUTPUT = path.join(PROJECT_ROOT, 'test-results');
export const SITES = path.join(TEST_OUTPUT, 'sites');
export const SCREENSHOTS = path.join(TEST_OUTPUT, 'screenshots');

/** The sites the global setup builds once for all test files. */
export const BUILT_SITES = {
  seed: { contentDir: SEED_CONTENT, outDir: path.join(SITES, 'seed') },
  mmd: { contentDir: CORPUS_MMD, outDir: path.join(SITES, 'mmd-2018') },
} as const;

/** The offline bundles (`npm run bundle`) the global setup packs; each folder gets the site and its zip. */
export const BUNDLED_SITES = {
  seed: { contentDir: SEED_CONTENT, outDir: path.join(TEST_OUTPUT, 'offline/seed/site') },
  mmd: { contentDir: CORPUS_MMD, outDir: path.join(TEST_OUTPUT, 'offline/mmd-2018/site') },
} as const;
