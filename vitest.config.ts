import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (modules alone, fast, no build) and `sites` (builds the
 * seed and corpus sites once in the global setup, then reads them, in Node and
 * in Chromium). `npm test` runs both; `npx vitest run --project unit` only the first.
 */
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 600_000,
    projects: [
      { test: { name: 'unit', include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'] } },
      { test: { name: 'sites', include: ['tests/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] } },
    ],
  },
});
