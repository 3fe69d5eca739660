/** Runs the built CLI the way a user does: `node bin/schemawise.js ...` from the repo root. */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export { CORPUS_DIR } from '../support/corpus';
export const FIXTURES = join(ROOT, 'test', 'cli', 'fixtures');
export const BIN = join(ROOT, 'bin', 'schemawise.js');

/**
 * Bundles the CLI so the tests never run a stale dist-cli. The build script writes each file to a
 * temporary name and renames it, so test files building at the same time do not clash.
 */
export function buildCli(): void {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--quiet'], { cwd: ROOT, stdio: 'pipe' });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], options: { input?: string; bin?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [options.bin ?? BIN, ...args], {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
