/** Runs `npm run build`'s script in a child process, as an author would. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
}

export function runBuild(env: Record<string, string>, script = 'scripts/build.ts'): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(PROJECT_ROOT, script)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
