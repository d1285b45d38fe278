/**
 * `astro dev` on a content root, as a writer runs it, for the dev-server
 * tests and `npm run bench`: on a free port of 127.0.0.1, with its output
 * kept, and a way to wait for what it serves.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface DevServer {
  /** The server's origin, such as http://127.0.0.1:4321. */
  origin: string;
  /** Everything it has printed so far. */
  output: () => string;
  stop: () => void;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Calls probe until it gives a value, every `every` ms, for at most timeoutMs. */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, every = 50): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`gave up after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, every));
  }
}

/** The environment without a test runner's variables (VITEST, VITEST_POOL_ID…), which Astro's dev server reads. */
function outsideTheTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([key]) => !key.startsWith('VITEST') && key !== 'TEST'));
}

/** Starts the dev server on contentDir (with `env`'s settings too) and waits until it serves firstPath. */
export async function startDevServer(contentDir: string, firstPath: string, env: Record<string, string> = {}): Promise<DevServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    // Not under a test runner's NODE_ENV=test, where Astro's dev server finds no pages.
    env: { ...outsideTheTestRunner(process.env), NODE_ENV: 'development', ...env, CONTENT_DIR: contentDir, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => child.kill('SIGTERM');
  await waitFor(async () => ((await fetch(origin + firstPath, { signal: AbortSignal.timeout(2_000) })).ok ? true : undefined), 120_000, 250).catch((error: Error) => {
    stop();
    throw new Error(`${error.message}; the dev server said:\n${output}`);
  });
  return { origin, output: () => output, stop };
}

/** The page's HTML when it shows the content-error banner (BaseLayout.astro), else undefined. */
export async function errorBanner(url: string): Promise<string | undefined> {
  const html = await (await fetch(url, { signal: AbortSignal.timeout(10_000) })).text();
  return /class="content-errors"/.test(html) ? html : undefined;
}
