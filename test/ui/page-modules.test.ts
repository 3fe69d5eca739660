/**
 * The page itself never loads the parser or Postgres: libpg-query starts fetching its WASM when it
 * is imported (from the page's directory, where Vite does not put it: every page load then logs a
 * failed compile), and PGlite is megabytes. Both live in the workers. A module the page imports
 * that reaches them (core/sql's index does, through the version check and the dependency
 * ordering) must be imported by its own file instead.
 */
import { build } from 'esbuild';
import { expect, test } from 'vitest';

const WORKER_ONLY = ['node_modules/libpg-query/', 'node_modules/pgsql-deparser/', 'node_modules/@electric-sql/pglite/'];

test("the page's modules reach neither the parser nor PGlite (only the workers load them)", async () => {
  const { metafile } = await build({
    entryPoints: ['src/main.tsx'],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    loader: { '.css': 'empty', '.wasm': 'empty', '.svg': 'empty', '.png': 'empty', '.ttf': 'empty' },
    // Workers and asset URLs are separate bundles in Vite; Node built-ins are the parser's own.
    external: ['node:*', '*?url', '*?worker', '*?raw', '*?worker&url'],
  });
  const inputs = metafile.inputs;
  // How each module was first reached from the entry, to name the path in a failure.
  const via = new Map<string, string | undefined>([['src/main.tsx', undefined]]);
  const queue = ['src/main.tsx'];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const { path } of inputs[file]?.imports ?? []) {
      if (via.has(path)) continue;
      via.set(path, file);
      queue.push(path);
    }
  }
  const chain = (file: string): string[] => (file === undefined ? [] : [...chain(via.get(file)!), file]);
  const reached = [...via.keys()].filter((file) => WORKER_ONLY.some((prefix) => file.startsWith(prefix)));
  expect(reached.length ? chain(reached[0]!).join('\n -> ') : '').toBe('');
  expect(via.size).toBeGreaterThan(100);
}, 60_000);
