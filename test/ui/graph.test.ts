import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser } from '../../src/core/parse';
import { lint } from '../../src/core/rules';
import { buildGraph } from '../../src/ui/canvas/graph';
import { nodeHeight } from '../../src/ui/canvas/metrics';
import { firstFixable, groupProblems, importNotes, parseProblems, toProblems } from '../../src/ui/problems/problems';
import { corpusText } from '../support/corpus';

beforeAll(() => initParser());

const SQL = `
CREATE TABLE orgs (id bigint PRIMARY KEY, name text NOT NULL UNIQUE);
CREATE TABLE users (id bigint PRIMARY KEY, org_id bigint NOT NULL REFERENCES orgs, manager_id bigint REFERENCES users (id));
CREATE TABLE profiles (user_id bigint PRIMARY KEY REFERENCES users (id));
CREATE VIEW org_users AS SELECT u.id, o.name FROM users u JOIN orgs o ON o.id = u.org_id;
CREATE TABLE events (id bigint, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
`;

describe('buildGraph', () => {
  test('nodes for tables and views, FK edges between columns, partition and view edges', () => {
    const { schema } = importSql(SQL);
    const graph = buildGraph(schema, []);
    expect(graph.nodes.map((n) => `${n.type}:${n.id}`).sort()).toEqual([
      'table:public.events',
      'table:public.events_2024',
      'table:public.orgs',
      'table:public.profiles',
      'table:public.users',
      'view:public.org_users',
    ]);
    const fk = graph.edges.find((e) => e.id.startsWith('fk:public.users:users_org_id_fkey'));
    expect(fk).toMatchObject({ source: 'public.users', target: 'public.orgs', sourceColumn: 'org_id', targetColumn: 'id', many: true, optional: false });
    const self = graph.edges.find((e) => e.id.includes('manager'));
    expect(self).toMatchObject({ source: 'public.users', target: 'public.users', optional: true });
    // A primary key that is also the foreign key: one profile per user.
    expect(graph.edges.find((e) => e.source === 'public.profiles')).toMatchObject({ many: false });
    expect(graph.edges.filter((e) => e.kind === 'view').map((e) => e.target).sort()).toEqual(['public.orgs', 'public.users']);
    expect(graph.edges.filter((e) => e.kind === 'partition')).toMatchObject([{ source: 'public.events_2024', target: 'public.events' }]);

    const users = graph.nodes.find((n) => n.id === 'public.users')!;
    expect(users.data.kind === 'table' && users.data.columns.map((c) => [c.name, c.pk, !!c.fk, c.handle])).toEqual([
      ['id', true, false, true],
      ['org_id', false, true, true],
      ['manager_id', false, true, true],
    ]);
    expect(users.size.height).toBe(nodeHeight(3, false));
    const partition = graph.nodes.find((n) => n.id === 'public.events_2024')!;
    expect(partition.data).toMatchObject({ kind: 'table', partition: true, columns: [] });
    expect(partition.size.height).toBe(nodeHeight(0, true));
    expect(graph.neighbours.get('public.orgs')).toEqual(new Set(['public.users', 'public.org_users']));
  });

  test('finding counts per node, coloured by the worst severity', () => {
    const { schema } = importSql(SQL);
    const diagnostics = lint(schema, { sourceText: SQL });
    const graph = buildGraph(schema, diagnostics);
    const users = graph.nodes.find((n) => n.id === 'public.users')!;
    const expected = diagnostics.filter((d) => d.target.table === 'users');
    expect(expected.length).toBeGreaterThan(0);
    expect(users.data.findings?.count).toBe(expected.length);
  });

  test('a rebuild keeps the node objects of unchanged tables', () => {
    const first = buildGraph(importSql(SQL).schema, []);
    const second = buildGraph(importSql(`${SQL}\nALTER TABLE profiles ADD COLUMN bio text;`).schema, [], first);
    const same = (id: string) => first.nodes.find((n) => n.id === id) === second.nodes.find((n) => n.id === id);
    expect(same('public.orgs')).toBe(true);
    expect(same('public.users')).toBe(true);
    expect(same('public.profiles')).toBe(false);
  });

  test('a table whose model object and surroundings did not change is not built again', () => {
    const { schema } = importSql(SQL);
    const first = buildGraph(schema, []);
    const users = first.nodes.find((n) => n.id === 'public.users')!;
    const data = users.data;
    // The same objects again (the worker's patches keep unchanged tables): the very same node.
    expect(buildGraph(schema, [], first).nodes.find((n) => n.id === 'public.users')!.data).toBe(data);
    // A finding on it changes what is drawn: built again.
    const finding = lint(schema, { sourceText: SQL }).filter((d) => d.target.table === 'users');
    expect(buildGraph(schema, finding, first).nodes.find((n) => n.id === 'public.users')!.data.findings?.count).toBe(finding.length);
  });

  test('partitions of one parent form a cluster', () => {
    const parts = Array.from({ length: 5 }, (_, i) => `CREATE TABLE events_${i} PARTITION OF events FOR VALUES FROM ('${2020 + i}-01-01') TO ('${2021 + i}-01-01');`);
    const { schema } = importSql(`${SQL}\n${parts.join('\n')}`);
    expect(buildGraph(schema, []).clusters).toEqual([
      { parent: 'public.events', members: expect.arrayContaining(['public.events_2024', 'public.events_0']) },
    ]);
  });
});

describe('problems', () => {
  const sample = readFileSync(new URL('../../src/ui/sample/saas.sql', import.meta.url), 'utf8');

  test('the sample has the deliberate findings, grouped by rule and by table', () => {
    const { schema, issues } = importSql(sample);
    const diagnostics = lint(schema, { sourceText: sample });
    const problems = toProblems(schema, diagnostics, issues);
    const byRule = groupProblems(problems, 'rule', {});
    for (const rule of ['require-fk-index', 'no-type-tag-polymorphism', 'require-partial-unique-for-soft-delete', 'require-audit-columns']) {
      expect(byRule.map((g) => g.title)).toContain(rule);
    }
    expect(byRule.reduce((sum, g) => sum + g.problems.length, 0)).toBe(problems.length);
    const byTable = groupProblems(problems, 'table', {});
    const memberships = byTable.find((g) => g.title === 'memberships')!;
    expect(memberships.node).toBe('public.memberships');
    expect(memberships.problems.every((p) => p.node === 'public.memberships')).toBe(true);
  });

  test("the fix offered first is the most serious finding's, not the first in the list (Hoppscotch: a suggestion comes first)", () => {
    const text = corpusText('hoppscotch-init.sql');
    const { schema, issues } = importSql(text);
    const problems = toProblems(schema, lint(schema, { sourceText: text }), issues);
    // The list leads with a suggestion that has a fix (audit columns); warnings with fixes follow.
    expect(problems.find((p) => p.fixData)?.severity).toBe('info');
    const offered = firstFixable(problems)!;
    expect(offered.severity).toBe('warn');
    expect(offered).toBe(problems.find((p) => p.fixData && p.severity === 'warn'));
    // Shown alone (the panel's button), the fix names its table: a schema has many createdOn.
    expect(offered.fix).toBe(`Change ${offered.target!.table}.${offered.target!.column} to timestamptz`);
    expect(firstFixable(problems.filter((p) => p.severity === 'info'))?.severity).toBe('info');
    expect(firstFixable([])).toBeUndefined();
  });

  test("an import's notes are not parse issues: listed apart, not counted (a goose file's Down part; pagila's view columns)", () => {
    const goose = '-- +goose Up\nCREATE TABLE a (id bigint PRIMARY KEY);\nCREATE TABLE b (id int,, x int);\n-- +goose Down\nDROP TABLE a;\n';
    const { schema, issues } = importSql(goose);
    expect(issues.map((i) => i.severity).sort()).toEqual(['error', 'info']);
    const problems = toProblems(schema, [], issues);
    expect(problems.map((p) => [p.ruleId, p.severity])).toEqual([['syntax', 'error']]);
    expect(parseProblems(issues)).toHaveLength(1);
    expect(importNotes(issues)).toEqual([expect.objectContaining({ ruleId: 'import-note', severity: 'info', line: 4, message: expect.stringContaining('Down part of this goose migration') })]);
    const pagila = corpusText('pagila.sql');
    const imported = importSql(pagila);
    expect(parseProblems(imported.issues)).toEqual([]);
    expect(importNotes(imported.issues).length).toBeGreaterThan(0);
    expect(toProblems(imported.schema, [], imported.issues)).toEqual([]);
  });

  test('parse issues come first, as their own group', () => {
    const text = 'CREATE TABLE a (id int,, x int);\nCREATE TABLE b (id bigint PRIMARY KEY, a_id int);';
    const { schema, issues } = importSql(text);
    const problems = toProblems(schema, lint(schema, { sourceText: text }), issues);
    const groups = groupProblems(problems, 'table', {});
    expect(groups[0]).toMatchObject({ key: 'syntax', title: 'Parse issues', worst: 'error' });
    expect(groups[0]!.problems[0]).toMatchObject({ line: 1, ruleId: 'syntax' });
  });
});
