import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  createDocument,
  decodeShareFragment,
  deriveDocument,
  DocumentError,
  encodeShareFragment,
  MAX_SHARE_FRAGMENT,
  parseDocumentJson,
  serializeDocument,
  ShareLinkError,
  upgradeDocument,
  type SchemawiseDocument,
} from '../../../src/core/document';
import type { SchemaChange } from '../../../src/core/changes';
import { importSql, initParser } from '../../../src/core/parse';
import type { Fix } from '../../../src/core/rules';
import { verifyMigration } from '../../../src/core/verify';
import { corpusFile } from '../../support/corpus';

const sampleSql = readFileSync('src/ui/sample/saas.sql', 'utf8');
const pagilaSql = corpusFile('pagila.sql');

beforeAll(() => initParser());

const changesOf = (fix: Fix | undefined): SchemaChange[] => {
  if (fix?.kind !== 'changes') throw new Error('expected a fix made of changes');
  return fix.changes;
};

describe('upgradeDocument', () => {
  const valid: SchemawiseDocument = {
    version: 2,
    sourceName: 'shop.sql',
    sourceSql: 'CREATE TABLE a (id bigint PRIMARY KEY);',
    edits: [{ kind: 'drop-column', table: { schema: 'public', name: 'a' }, column: 'x' }],
    patterns: [{ pattern: 'soft-delete', target: { schema: 'public', name: 'a' }, params: { column: 'deleted_at' } }],
    layout: { 'public.a': { x: 10, y: 20 } },
    pinned: ['public.a'],
    groups: [{ id: 'g1', name: 'Billing', color: '#3b82f6', tables: ['public.a'] }],
    notes: [{ id: 'n1', text: 'Ask about\nretention', x: -40, y: 300, width: 220, height: 120, color: '#fef3c7' }],
    ruleConfig: { preset: 'strict', rules: { 'prefer-text': 'off' } },
    importOptions: { strictSchemas: true },
  };

  test('a current document comes back equal, as a fresh object', () => {
    const upgraded = upgradeDocument(JSON.parse(JSON.stringify(valid)));
    expect(upgraded).toEqual(valid);
    expect(parseDocumentJson(serializeDocument(valid))).toEqual(valid);
  });

  test('optional lists may be missing', () => {
    expect(upgradeDocument({ version: 1, sourceName: 'x.sql', sourceSql: '' })).toEqual({ version: 2, sourceName: 'x.sql', sourceSql: '', edits: [], patterns: [], layout: {}, pinned: [], groups: [], notes: [] });
  });

  test('a version 1 document has no pins, groups or notes; version 2 keeps them', () => {
    const v1 = { version: 1, sourceName: 'x.sql', sourceSql: '', layout: { 'public.a': { x: 1, y: 2 } } };
    expect(upgradeDocument(v1)).toMatchObject({ version: 2, pinned: [], groups: [], notes: [] });
    expect(upgradeDocument({ ...valid, version: 2 })).toEqual(valid);
  });

  test.each([
    [{ groups: [{ id: 'g', name: '', color: '#123456', tables: [] }] }, /^groups\[0\]\.name: expected a name/],
    [{ groups: [{ id: 'g', name: 'x', color: 'red', tables: [] }] }, /^groups\[0\]\.color: expected a colour as #rrggbb/],
    [{ groups: [{ id: 'g', name: 'x', color: '#123456', tables: [1] }] }, /^groups\[0\]\.tables\[0\]: expected text/],
    [{ groups: [{ id: 'g', name: 'x', color: '#123456', tables: [] }, { id: 'g', name: 'y', color: '#123456', tables: [] }] }, /^groups\[1\]\.id: "g" is used twice/],
    [{ notes: [{ id: 'n', text: 'x', x: 0, y: 0, width: -5, height: 10, color: '#ffffff' }] }, /^notes\[0\]\.width: expected a positive number/],
    [{ notes: [{ id: 'n', text: 'x', x: Number.NaN, y: 0, width: 5, height: 10, color: '#ffffff' }] }, /^notes\[0\]\.x: expected a number/],
    [{ pinned: 'public.a' }, /^pinned: expected a list/],
  ])('a bad canvas field is refused with its path: %j', (fields, message) => {
    expect(() => upgradeDocument({ version: 2, sourceName: 'x', sourceSql: '', ...fields })).toThrow(message);
  });

  test('version 0 (text and positions only) is upgraded', () => {
    expect(upgradeDocument({ sql: 'SELECT 1;', name: 'old.sql', positions: { 'public.t': { x: 1, y: 2 } } })).toEqual({
      version: 2,
      pinned: [],
      groups: [],
      notes: [],
      sourceName: 'old.sql',
      sourceSql: 'SELECT 1;',
      edits: [],
      patterns: [],
      layout: { 'public.t': { x: 1, y: 2 } },
    });
    expect(upgradeDocument({ sourceSql: '' }).sourceName).toBe('untitled.sql');
  });

  test.each([
    [null, /expected a JSON object, found null/],
    [[1], /expected a JSON object, found a list/],
    [{ version: 3, sourceName: 'x', sourceSql: '' }, /newer Schemawise \(format version 3; this app reads versions up to 2\)/],
    [{ version: '1', sourceName: 'x', sourceSql: '' }, /^version: expected a format version number/],
    [{ version: 1, sourceSql: '' }, /^sourceName: expected text, found nothing/],
    [{ version: 1, sourceName: 'x', sourceSql: 42 }, /^sourceSql: expected text, found number 42/],
    [{ version: 1, sourceName: 'x', sourceSql: '', edits: {} }, /^edits: expected a list, found an object/],
    [{ version: 1, sourceName: 'x', sourceSql: '', edits: [{ kind: 'add-table' }, { kind: 'frobnicate' }] }, /edits\[1\]\.kind \(edit 2: frobnicate\): unknown change kind "frobnicate"/],
    [{ version: 1, sourceName: 'x', sourceSql: '', patterns: [{ target: {} }] }, /^patterns\[0\]\.pattern \(pattern 1\): expected text, found nothing/],
    [{ version: 1, sourceName: 'x', sourceSql: '', patterns: [{ pattern: 'p', target: { schema: 'public' } }] }, /^patterns\[0\]\.target\.name \(pattern 1: p\): expected text/],
    [{ version: 1, sourceName: 'x', sourceSql: '', layout: { 'public.a': { x: 'left', y: 0 } } }, /^layout\["public\.a"\]\.x: expected a number, found "left"/],
    [{ version: 1, sourceName: 'x', sourceSql: '', ruleConfig: { preset: 'lax' } }, /^ruleConfig\.preset: expected "recommended" or "strict", found "lax"/],
    [{ version: 1, sourceName: 'x', sourceSql: '', ruleConfig: { rules: { 'prefer-text': 'loud' } } }, /^ruleConfig\.rules\["prefer-text"\]: expected "off", "info", "warn" or "error", found "loud"/],
    [{ version: 1, sourceName: 'x', sourceSql: '', importOptions: { strictSchemas: 'yes' } }, /^importOptions\.strictSchemas/],
    [{ hello: 'world' }, /^sourceSql: expected the SQL text/],
  ])('%j is refused with a clear error', (input, message) => {
    expect(() => upgradeDocument(input)).toThrow(DocumentError);
    expect(() => upgradeDocument(input)).toThrow(message);
  });

  test('text that is not JSON', () => {
    expect(() => parseDocumentJson('{"version": 1,')).toThrow(/not valid JSON/);
  });
});

describe('share links', () => {
  test('a document survives the round trip', () => {
    const doc = { ...createDocument(sampleSql, 'saas.sql (sample)'), layout: { 'public.users': { x: 10, y: -20 } } };
    const fragment = encodeShareFragment(doc);
    expect(fragment).toMatch(/^doc=[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(sampleSql.length);
    expect(decodeShareFragment(`#${fragment}`)).toEqual(doc);
  });

  test('a document too large for a link is refused, saying how large', () => {
    // Text that does not compress: random hex.
    let noise = '';
    for (let i = 0; noise.length < MAX_SHARE_FRAGMENT * 2; i++) noise += Math.floor(Math.random() * 2 ** 32).toString(16);
    expect(() => encodeShareFragment(createDocument(`-- ${noise}`, 'big.sql'))).toThrow(/too large for a link \(\d+ KB compressed; links are limited to 64 KB\)/);
  });

  test.each([
    ['#nothing', /holds no Schemawise document/],
    ['#doc=a*b', /characters a share link never has/],
    ['#doc=AAAA', /damaged or was cut short/],
  ])('%s is refused', (hash, message) => {
    expect(() => decodeShareFragment(hash)).toThrow(ShareLinkError);
    expect(() => decodeShareFragment(hash)).toThrow(message);
  });

  test('a cut link is refused', () => {
    const fragment = encodeShareFragment(createDocument(sampleSql, 'saas.sql'));
    expect(() => decodeShareFragment(fragment.slice(0, fragment.length / 2))).toThrow(ShareLinkError);
  });

  test('a link to a newer format says so', () => {
    const fragment = encodeShareFragment({ ...createDocument('', 'x.sql'), version: 7 } as unknown as SchemawiseDocument);
    expect(() => decodeShareFragment(fragment)).toThrow(/newer Schemawise/);
  });
});

describe('deriveDocument', () => {
  test('the sample as it is: findings, no migration, the target DDL', () => {
    const doc = createDocument(sampleSql, 'saas.sql');
    const imported = importSql(sampleSql);
    const frozen = JSON.stringify(imported.schema);
    const derived = deriveDocument(doc, imported);
    expect(derived.diagnostics.some((d) => d.ruleId === 'require-fk-index')).toBe(true);
    expect(derived.changes).toEqual([]);
    expect(derived.plan.up).toEqual([]);
    expect(derived.upSql).toBe('');
    expect(derived.downSql).toBe('');
    expect(derived.targetDdl).toContain('CREATE TABLE public.memberships');
    expect(derived.editProblems).toEqual([]);
    // The import is kept between runs: deriving must not change it.
    expect(JSON.stringify(imported.schema)).toBe(frozen);
  });

  test("the sample with a finding's fix: the finding goes, the migration builds the index concurrently", async () => {
    const base = createDocument(sampleSql, 'saas.sql');
    const imported = importSql(sampleSql);
    const before = deriveDocument(base, imported);
    const finding = before.diagnostics.find((d) => d.ruleId === 'require-fk-index' && d.target.table === 'memberships')!;
    const doc = { ...base, edits: changesOf(finding.fix) };
    const after = deriveDocument(doc, imported);
    expect(after.diagnostics).toHaveLength(before.diagnostics.length - 1);
    expect(after.diagnostics.some((d) => d.ruleId === 'require-fk-index' && d.target.table === 'memberships')).toBe(false);
    expect(after.plan.up).toHaveLength(1);
    expect(after.plan.up[0]).toMatchObject({ hazards: ['index-build'], transactional: false });
    expect(after.upSql).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS memberships_user_id_idx ON public.memberships USING btree (user_id);');
    expect(after.downSql).toContain('DROP INDEX CONCURRENTLY IF EXISTS public.memberships_user_id_idx;');
    expect(after.targetDdl).toContain('memberships_user_id_idx');

    const verified = await verifyMigration({ baselineSql: sampleSql, upSql: after.upSql, downSql: after.downSql, targetSql: after.targetDdl });
    expect(verified.ok, JSON.stringify(verified)).toBe(true);
  });

  test('a rename edit stays a rename', () => {
    const sql = 'CREATE TABLE customer (id bigint PRIMARY KEY, full_name text NOT NULL);';
    const doc = { ...createDocument(sql, 'x.sql'), edits: [{ kind: 'rename-column', table: { schema: 'public', name: 'customer' }, column: 'full_name', newName: 'name' } satisfies SchemaChange] };
    const derived = deriveDocument(doc, importSql(sql));
    expect(derived.plan.up.map((s) => s.sql)).toEqual(['ALTER TABLE public.customer RENAME COLUMN full_name TO name;']);
    expect(derived.plan.up.some((s) => s.destructive)).toBe(false);
  });

  test('an edit the source no longer allows is reported and left out; the others apply', () => {
    const sql = 'CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint);';
    const edits: SchemaChange[] = [
      { kind: 'drop-column', table: { schema: 'public', name: 'gone' }, column: 'x' },
      { kind: 'alter-column', table: { schema: 'public', name: 'a' }, column: 'b_id', set: { notNull: true } },
    ];
    const derived = deriveDocument({ ...createDocument(sql, 'x.sql'), edits }, importSql(sql));
    expect(derived.editProblems).toEqual([{ index: 0, kind: 'drop-column', message: expect.stringContaining('gone') }]);
    expect(derived.target.tables['public.a']!.columns.find((c) => c.name === 'b_id')!.notNull).toBe(true);
    expect(derived.plan.up.length).toBeGreaterThan(0);
  });

  test('destructive steps wait for allowDestructive, and are counted', () => {
    const sql = 'CREATE TABLE a (id bigint PRIMARY KEY, note text);';
    const doc = { ...createDocument(sql, 'x.sql'), edits: [{ kind: 'drop-column', table: { schema: 'public', name: 'a' }, column: 'note' } satisfies SchemaChange] };
    const imported = importSql(sql);
    const safe = deriveDocument(doc, imported);
    expect(safe.plan.up).toEqual([]);
    expect(safe.skipped).toHaveLength(1);
    const destructive = deriveDocument(doc, imported, { allowDestructive: true });
    expect(destructive.skipped).toEqual([]);
    expect(destructive.plan.up.map((s) => s.sql)).toEqual(['ALTER TABLE public.a DROP COLUMN note;']);
    expect(destructive.plan.up[0]!.hazards).toContain('deletes-data');
  });

  test('pattern applications pass through the seam (the identity until the pattern core lands)', () => {
    const sql = 'CREATE TABLE a (id bigint PRIMARY KEY);';
    const doc = { ...createDocument(sql, 'x.sql'), patterns: [{ pattern: 'soft-delete', target: { schema: 'public', name: 'a' } }] };
    const derived = deriveDocument(doc, importSql(sql));
    expect(derived.patternResults).toHaveLength(1);
    expect(derived.patternResults[0]!.application).toEqual(doc.patterns[0]);
  });

  test('a corpus file (pagila) with the fixes of its findings: a migration that holds on PGlite', async () => {
    const base = createDocument(pagilaSql, 'pagila.sql');
    const imported = importSql(pagilaSql);
    const before = deriveDocument(base, imported);
    const fixes = before.diagnostics.filter((d) => d.fix?.kind === 'changes' && d.ruleId === 'require-fk-index');
    expect(fixes.length).toBeGreaterThan(0);
    const doc = { ...base, edits: fixes.flatMap((d) => changesOf(d.fix)) };
    const after = deriveDocument(doc, imported);
    expect(after.editProblems).toEqual([]);
    expect(after.diagnostics.filter((d) => d.ruleId === 'require-fk-index')).toEqual([]);
    expect(after.plan.up).toHaveLength(fixes.length);
    expect(after.plan.up.every((s) => s.sql.startsWith('CREATE INDEX CONCURRENTLY'))).toBe(true);
    const verified = await verifyMigration({ baselineSql: pagilaSql, upSql: after.upSql, downSql: after.downSql, targetSql: after.targetDdl });
    expect(verified.up.every((r) => r.ok)).toBe(true);
    expect(verified.down.every((r) => r.ok)).toBe(true);
    expect(verified.upDifferences).toEqual([]);
    expect(verified.downDifferences).toEqual([]);
  });
});
