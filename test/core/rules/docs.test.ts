/**
 * Every rule has its module, its test file and its docs page, and nothing else claims to be a rule
 * (DESIGN.md §7). Each page's Incorrect and Correct examples are run: imported, linted with only
 * that rule enabled, and expected to trigger it (Incorrect) or not (Correct).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { RULES } from '../../../src/core/rules/registry';
import type { Rule } from '../../../src/core/rules/types';
import { importClean, lintWith } from './rule-tester';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const rulesDir = join(root, 'src/core/rules');
const docsDir = join(root, 'docs/rules');
const testsDir = join(root, 'test/core/rules');
const ids = RULES.map((r) => r.meta.id);

/** Every module of src/core/rules, to tell rule modules (a default export with meta.id) from helpers. */
const modules = import.meta.glob<{ default?: unknown }>('../../../src/core/rules/*.ts', { eager: true });

function isRule(value: unknown): value is Rule {
  return typeof value === 'object' && value !== null && typeof (value as Rule).meta?.id === 'string' && typeof (value as Rule).create === 'function';
}

describe('parity of rules, modules, tests and docs', () => {
  test('rule ids are unique', () => {
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(ids)('%s has its module, test file and docs page', (id) => {
    expect(existsSync(join(rulesDir, `${id}.ts`)), `src/core/rules/${id}.ts`).toBe(true);
    expect(existsSync(join(testsDir, `${id}.test.ts`)), `test/core/rules/${id}.test.ts`).toBe(true);
    expect(existsSync(join(docsDir, `${id}.md`)), `docs/rules/${id}.md`).toBe(true);
  });

  test('each rule module exports the registered rule, under its own file name', () => {
    const found: string[] = [];
    for (const [path, module] of Object.entries(modules)) {
      if (!isRule(module.default)) continue;
      const file = basename(path, '.ts');
      found.push(file);
      expect(module.default.meta.id, path).toBe(file);
      expect(RULES, `${path} defines a rule that is not in RULES`).toContain(module.default);
    }
    expect(found.sort()).toEqual([...ids].sort());
  });

  test('no orphan docs pages', () => {
    const pages = readdirSync(docsDir).filter((f) => f.endsWith('.md')).map((f) => basename(f, '.md'));
    expect(pages.filter((p) => !ids.includes(p))).toEqual([]);
  });

  test('no orphan rule test files', () => {
    // Tests of the engine across rules rather than of one rule.
    const own = new Set(['docs', 'foreign-tables', 'platform-tables']);
    const files = readdirSync(testsDir).filter((f) => f.endsWith('.test.ts')).map((f) => basename(f, '.test.ts'));
    expect(files.filter((f) => !own.has(f) && !ids.includes(f))).toEqual([]);
  });
});

interface Page {
  title: string;
  sections: Map<string, string[]>;
}

/** `## Heading` sections of a page; a heading may occur several times (that is checked). */
function parsePage(text: string): Page {
  const lines = text.split('\n');
  const title = lines[0]?.startsWith('# ') ? lines[0].slice(2).trim() : '';
  const sections = new Map<string, string[]>();
  let current: string | undefined;
  let inFence = false;
  let body: string[] = [];
  const flush = () => {
    if (current === undefined) return;
    sections.set(current, [...(sections.get(current) ?? []), body.join('\n')]);
  };
  for (const line of lines.slice(1)) {
    if (line.startsWith('```')) inFence = !inFence;
    if (!inFence && line.startsWith('## ')) {
      flush();
      current = line.slice(3).trim();
      body = [];
      continue;
    }
    body.push(line);
  }
  flush();
  return { title, sections };
}

function sqlBlocks(section: string): string[] {
  return [...section.matchAll(/```sql\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

const REQUIRED = ['Why', 'Pattern', 'Severity', 'Options', 'Incorrect', 'Correct', 'Fix'];

describe.each(RULES.map((rule) => [rule.meta.id, rule] as const))('docs/rules/%s.md', (id, rule) => {
  const path = join(docsDir, `${id}.md`);
  const page = (): Page => parsePage(readFileSync(path, 'utf8'));

  test('has the title, the sections and the rule\'s metadata', () => {
    const { title, sections } = page();
    expect(title).toBe(id);
    for (const heading of REQUIRED) expect(sections.get(heading)?.length, `exactly one "## ${heading}"`).toBe(1);
    const severity = sections.get('Severity')![0]!;
    expect(severity).toContain(`recommended: ${rule.meta.recommended}`);
    expect(severity).toContain(`strict: ${rule.meta.strict}`);
    expect(sections.get('Pattern')![0]).toContain(`\`${rule.meta.pattern}\``);
    const options = sections.get('Options')![0]!;
    const defaults = Object.entries(rule.meta.defaultOptions ?? {});
    if (defaults.length === 0) expect(options.trim()).toBe('none');
    for (const [name, value] of defaults) {
      expect(options).toContain(`\`${name}\``);
      expect(options).toContain(`\`${JSON.stringify(value)}\``);
    }
    expect(sqlBlocks(sections.get('Incorrect')![0]!), 'one sql block under Incorrect').toHaveLength(1);
    expect(sqlBlocks(sections.get('Correct')![0]!), 'one sql block under Correct').toHaveLength(1);
  });

  test('the Incorrect example triggers the rule', async () => {
    const [sql] = sqlBlocks(page().sections.get('Incorrect')?.[0] ?? '');
    const diagnostics = lintWith(rule, await importClean(sql ?? ''));
    expect(diagnostics.length, 'diagnostics of the Incorrect example').toBeGreaterThanOrEqual(1);
  });

  test('the Correct example does not', async () => {
    const [sql] = sqlBlocks(page().sections.get('Correct')?.[0] ?? '');
    expect(sql, 'a Correct example').toBeDefined();
    const diagnostics = lintWith(rule, await importClean(sql!));
    expect(diagnostics.map((d) => d.message)).toEqual([]);
  });
});
