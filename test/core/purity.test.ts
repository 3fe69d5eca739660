/** src/core must stay pure: it runs in the browser, in the worker, in the CLI and in tests. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const FORBIDDEN = /from\s+['"](react|react-dom|zustand|monaco-editor|@xyflow\/[a-z]+|elkjs|node:[a-z]+|fs|path)['"/]|from\s+['"](\.\.\/)+(ui|cli|worker)\//;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

test('src/core imports no UI, CLI, DOM-framework or Node-only module', () => {
  const offenders = files('src/core').filter((file) => FORBIDDEN.test(readFileSync(file, 'utf8')));
  expect(offenders).toEqual([]);
  expect(files('src/core').length).toBeGreaterThan(10);
});
