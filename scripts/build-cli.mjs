#!/usr/bin/env node
/**
 * Bundles the CLI (src/cli/main.ts -> dist-cli/cli.js) and the benchmarks (bench/*.ts ->
 * dist-cli/bench/*.js) with esbuild: ESM for Node 20, dependencies left as imports of
 * node_modules. Runs as `npm run build:cli` and from `prepare` (so `npm ci` builds it).
 *
 * Files are written to a temporary name and renamed into place, so concurrent builds (parallel
 * test files) and a CLI starting during a build never see a half-written bundle.
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist-cli');

const entryPoints = {
  cli: join(root, 'src/cli/main.ts'),
  ...Object.fromEntries(
    readdirSync(join(root, 'bench'))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'))
      .map((name) => [`bench/${name.slice(0, -3)}`, join(root, 'bench', name)]),
  ),
};

const started = performance.now();
const result = await build({
  absWorkingDir: root,
  entryPoints,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  write: false,
});

for (const file of result.outputFiles) {
  mkdirSync(dirname(file.path), { recursive: true });
  const temporary = `${file.path}.${process.pid}.tmp`;
  writeFileSync(temporary, file.contents);
  renameSync(temporary, file.path);
}

if (!process.argv.includes('--quiet')) {
  const built = result.outputFiles.filter((f) => f.path.endsWith('.js')).map((f) => relative(root, f.path));
  console.log(`build-cli: ${built.join(', ')} (${Math.round(performance.now() - started)} ms)`);
}
