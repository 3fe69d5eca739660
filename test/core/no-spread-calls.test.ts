/**
 * No spread of an array into a call's arguments anywhere in src/ (issue 14, item 7): `push(...xs)`,
 * `Math.max(...xs)`, `f(...xs)` pass every item as an argument, and past about a hundred thousand
 * of them V8 throws "Maximum call stack size exceeded" (a 50 MB dump has 265,000 statements).
 * src/core/lib/arrays.ts has the loops to use instead. A call whose spread is bounded by
 * construction says so on its line: `// bounded: <why>`.
 *
 * The sources are read with a real TypeScript parser (rolldown's, the one Vite builds with), so
 * array literals (`[...a, ...b]`, which have no such limit) are told apart from calls.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { expect, test } from 'vitest';

const ROOT = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Node {
  type: string;
  start: number;
  arguments?: Node[];
  [key: string]: unknown;
}

/** Offsets of calls (and `new`) with a spread argument. */
function spreadCalls(code: string, tsx: boolean): number[] {
  const found: number[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as Node;
    if ((node.type === 'CallExpression' || node.type === 'NewExpression') && node.arguments?.some((a) => a.type === 'SpreadElement')) found.push(node.start);
    for (const [key, child] of Object.entries(node)) if (key !== 'type') walk(child);
  };
  walk(parseAst(code, { lang: tsx ? 'tsx' : 'ts' }));
  return found;
}

test('no call in src/ spreads an array into its arguments (or says why it is bounded)', () => {
  const offending: string[] = [];
  for (const file of sources(join(ROOT, 'src'))) {
    const code = readFileSync(file, 'utf8');
    const lines = code.split('\n');
    for (const offset of spreadCalls(code, file.endsWith('.tsx'))) {
      const line = code.slice(0, offset).split('\n').length;
      if (lines[line - 1]!.includes('// bounded: ')) continue;
      offending.push(`${relative(ROOT, file)}:${line}: ${lines[line - 1]!.trim()}`);
    }
  }
  expect(offending).toEqual([]);
});

test('the scan finds spread calls, and only those', () => {
  expect(spreadCalls('a.push(...b); Math.max(...c); new Set(...d); f(x, ...y);', false)).toHaveLength(4);
  expect(spreadCalls('const a = [...b, ...c]; const o = { ...d }; function f(...args: number[]) { return args; }', false)).toEqual([]);
});
