/**
 * Every pattern has its page, docs/patterns/<id>.md, and each page's example is run: the Example
 * schema with the Application(s) given must generate exactly the SQL under "Generated SQL", and
 * that SQL, then the page's Queries, must run on PGlite. Regenerate the "Generated SQL" blocks
 * after an intended change with UPDATE_DOCS=1, and read the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../../src/core/parse';
import { PATTERNS, type PatternApplication } from '../../../src/core/patterns';
import { freshPglite } from '../../support/pglite-oracle';
import { migrationFor, runScript } from './harness';

const DOCS = join(process.cwd(), 'docs', 'patterns');
const UPDATE = process.env.UPDATE_DOCS === '1';
const REQUIRED = ['What it adds', 'Parameters', 'Rules it satisfies', 'Example', 'Generated SQL', 'Caveats'];

beforeAll(async () => {
  await initParser();
});

/** `## Heading` sections of a page (headings inside code fences do not count). */
function sections(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let current: string | undefined;
  let fence = false;
  let body: string[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (line.startsWith('```')) fence = !fence;
    if (!fence && line.startsWith('## ')) {
      if (current !== undefined) out.set(current, body.join('\n'));
      current = line.slice(3).trim();
      body = [];
      continue;
    }
    body.push(line);
  }
  if (current !== undefined) out.set(current, body.join('\n'));
  return out;
}

const blocks = (section: string | undefined, lang: string): string[] => [...(section ?? '').matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);

test('one page per pattern, and no other', () => {
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
  expect(pages).toEqual(PATTERNS.map((p) => p.id).sort());
});

describe.each(PATTERNS.map((p) => [p.id, p] as const))('docs/patterns/%s.md', (id, pattern) => {
  const path = join(DOCS, `${id}.md`);
  const read = () => (existsSync(path) ? readFileSync(path, 'utf8') : '');

  test('title, sections, every parameter with its default, the rules it serves', () => {
    const text = read();
    expect(text.split('\n')[0]).toBe(`# ${id}`);
    const s = sections(text);
    for (const heading of REQUIRED) expect(s.has(heading), `## ${heading}`).toBe(true);
    const params = s.get('Parameters')!;
    for (const spec of pattern.params) {
      expect(params, spec.name).toContain(`\`${spec.name}\``);
      expect(params, `${spec.name} default`).toContain(`\`${JSON.stringify((pattern.defaultParams as Record<string, unknown>)[spec.name])}\``);
    }
    if (pattern.params.length === 0) expect(params.trim()).toBe('none');
    for (const rule of pattern.serves) expect(s.get('Rules it satisfies'), rule).toContain(`\`${rule}\``);
  });

  test('the example generates the SQL shown, which runs, and so do the queries', async () => {
    const text = read();
    const s = sections(text);
    const [exampleSql] = blocks(s.get('Example'), 'sql');
    const [applicationJson] = blocks(s.get('Example'), 'json');
    expect(exampleSql, 'an sql block under Example').toBeDefined();
    expect(applicationJson, 'a json block (the applications) under Example').toBeDefined();
    const applications = JSON.parse(applicationJson!) as PatternApplication[];
    expect(applications.some((a) => a.pattern === id)).toBe(true);
    const baseline = importSql(exampleSql!).schema;
    const { applied, up } = migrationFor(baseline, applications);
    expect(applied.results.filter((r) => !r.ok).map((r) => r.reason)).toEqual([]);
    const [shown] = blocks(s.get('Generated SQL'), 'sql');
    if (UPDATE) {
      const section = s.get('Generated SQL')!;
      const current = blocks(section, 'sql')[0];
      const replaced = current === undefined ? text.replace('## Generated SQL\n', `## Generated SQL\n\n\`\`\`sql\n${up}\`\`\`\n`) : text.replace(`\`\`\`sql\n${current}\`\`\``, `\`\`\`sql\n${up}\`\`\``);
      writeFileSync(path, replaced);
    } else {
      expect(up).toBe(shown);
    }
    const db = await freshPglite();
    try {
      expect(await runScript(db, exampleSql!, true)).toEqual([]);
      expect(await runScript(db, up, true)).toEqual([]);
      for (const query of blocks(s.get('Queries'), 'sql')) expect(await runScript(db, query, true)).toEqual([]);
    } finally {
      await db.close();
    }
  }, 60_000);
});
