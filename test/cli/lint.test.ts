/** `schemawise lint`: formats, severities from presets / config / --rule, suppression, exit codes. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildCli, CORPUS_DIR, runCli } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'schemawise-lint-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

// An unindexed FK (warn), a table with no primary key (error), a SECURITY DEFINER function with
// no search_path (error).
const SCHEMA = `CREATE TABLE orgs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, created_at timestamptz, updated_at timestamptz);
CREATE TABLE members (org_id bigint REFERENCES orgs, name text, created_at timestamptz, updated_at timestamptz);
`;

beforeAll(() => buildCli());

describe('schemawise lint', () => {
  test('stylish: grouped by file, line:col severity message rule-id, a summary, exit 1 on errors', () => {
    const path = file('a.sql', SCHEMA);
    const result = runCli(['lint', path]);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(path);
    expect(result.stdout).toMatch(/2:1\s+error\s+Table members has no primary key\.\s+require-primary-key/);
    expect(result.stdout).toMatch(/2:\d+\s+warning\s+Foreign key members_org_id_fkey \(org_id\) has no index\.\s+require-fk-index/);
    expect(result.stdout).toMatch(/✖ \d+ problems \(1 error, \d+ warnings?, \d+ info\)/);
  });

  test('json: one object with diagnostics and parse issues', () => {
    const result = runCli(['lint', file('b.sql', `${SCHEMA}CREATE TABLE broken (;\n`), '--format', 'json']);
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as { diagnostics: Record<string, unknown>[]; parseIssues: Record<string, unknown>[] };
    const pk = output.diagnostics.find((d) => d.ruleId === 'require-primary-key');
    expect(pk).toMatchObject({ severity: 'error', target: { schema: 'public', table: 'members' }, line: 2, column: 1 });
    expect(Object.keys(pk!).sort()).toEqual(['column', 'file', 'help', 'line', 'message', 'ruleId', 'severity', 'target']);
    expect(output.parseIssues).toEqual([expect.objectContaining({ line: 3, severity: 'error', message: expect.stringContaining('syntax error') })]);
  });

  test('sarif: SARIF 2.1.0 with rule descriptors and located results', () => {
    const result = runCli(['lint', file('c.sql', SCHEMA), '--format', 'sarif', '--docs-url', 'https://example.test/docs/rules']);
    const log = JSON.parse(result.stdout);
    expect(log.version).toBe('2.1.0');
    const run = log.runs[0];
    expect(run.tool.driver.name).toBe('Schemawise');
    const descriptor = run.tool.driver.rules.find((r: { id: string }) => r.id === 'require-fk-index');
    expect(descriptor.helpUri).toBe('https://example.test/docs/rules/require-fk-index.md');
    const finding = run.results.find((r: { ruleId: string }) => r.ruleId === 'require-primary-key');
    expect(finding.level).toBe('error');
    expect(finding.locations[0].physicalLocation.region).toEqual({ startLine: 2, startColumn: 1 });
    expect(run.tool.driver.rules[finding.ruleIndex].id).toBe('require-primary-key');
  });

  test('--rule overrides a severity; off silences; exit 0 without errors', () => {
    const result = runCli(['lint', file('d.sql', SCHEMA), '--rule', 'require-primary-key=warn', '--rule', 'require-fk-index=off']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/warning\s+Table members has no primary key/);
    expect(result.stdout).not.toContain('require-fk-index');
  });

  test('--preset strict turns on rules that recommended leaves off', () => {
    const sql = file('e.sql', 'CREATE TABLE notes (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, body varchar(200), created_at timestamptz, updated_at timestamptz);\n');
    expect(runCli(['lint', sql, '--format', 'json']).stdout).not.toContain('prefer-text');
    expect(runCli(['lint', sql, '--format', 'json', '--preset', 'strict']).stdout).toContain('prefer-text');
  });

  test('a config file sets severities and options; a typo in it is a usage error', () => {
    const config = file('cfg.json', JSON.stringify({ rules: { 'require-primary-key': 'off', 'no-wide-table': ['warn', { maxColumns: 2 }] } }));
    const result = runCli(['lint', file('f.sql', SCHEMA), '--config', config, '--format', 'json']);
    const ids = (JSON.parse(result.stdout).diagnostics as { ruleId: string }[]).map((d) => d.ruleId);
    expect(ids).not.toContain('require-primary-key');
    expect(ids).toContain('no-wide-table');
    const bad = runCli(['lint', file('g.sql', SCHEMA), '--config', file('bad.json', '{"rules":{"no-such-rule":"warn"}}')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown rule "no-such-rule"');
  });

  test('schemawise-ignore silences the statement below it; an unused ignore is reported', () => {
    const sql = file('h.sql', `${SCHEMA.split('\n')[0]}\n-- schemawise-ignore require-primary-key, require-fk-index\n${SCHEMA.split('\n')[1]}\n-- schemawise-ignore prefer-jsonb\nCREATE TABLE x (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);\n`);
    const output = JSON.parse(runCli(['lint', sql, '--format', 'json']).stdout) as { diagnostics: { ruleId: string; line: number }[] };
    expect(output.diagnostics.map((d) => d.ruleId)).not.toContain('require-primary-key');
    expect(output.diagnostics.map((d) => d.ruleId)).not.toContain('require-fk-index');
    expect(output.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'unused-ignore', line: 4 }));
  });

  test('usage errors: unknown rule, bad severity, unknown format, no file', () => {
    expect(runCli(['lint', file('i.sql', SCHEMA), '--rule', 'nope=warn']).status).toBe(2);
    expect(runCli(['lint', file('j.sql', SCHEMA), '--rule', 'require-primary-key=loud']).status).toBe(2);
    expect(runCli(['lint', file('k.sql', SCHEMA), '--format', 'xml']).status).toBe(2);
    expect(runCli(['lint']).status).toBe(2);
  });

  test('a real dump: pagila lints, every finding located', () => {
    const result = runCli(['lint', join(CORPUS_DIR, 'pagila.sql'), '--format', 'json']);
    const output = JSON.parse(result.stdout) as { diagnostics: { line: number }[] };
    expect(output.diagnostics.length).toBeGreaterThan(10);
    expect(output.diagnostics.every((d) => d.line >= 1)).toBe(true);
  });
});

// A real dump with one statement Postgres cannot read (an emoji in a comment's place, line 168)
// and warnings about a schema the platform makes; none of its findings is an error.
const SUBSCRIPTIONS = join(CORPUS_DIR, 'nextjs-subscription-payments.sql');

describe('schemawise lint: import issues', () => {
  test('stylish: import errors and warnings on standard error as file:line:col, before the findings; the summary counts them', () => {
    const result = runCli(['lint', SUBSCRIPTIONS]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/nextjs-subscription-payments\.sql:168:1: error: syntax error at or near/));
    expect(lines.filter((l) => /nextjs-subscription-payments\.sql:\d+:\d+: warning: /.test(l))).toHaveLength(4);
    expect(lines.at(-1)).toBe('schemawise lint: 1 import error: what that statement makes or changes is missing from the linted schema');
    // The findings list is the rules' alone; the summary says the import did not go cleanly.
    expect(result.stdout).not.toMatch(/\bparse\s*$/m);
    expect(result.stdout).toMatch(/✖ \d+ problems \(0 errors, \d+ warnings, \d+ info\); import: 1 error, 4 warnings \(listed on standard error\)/);
  });

  test('--fail-on-import: off lists the issues without failing, warning fails on warnings too', () => {
    const off = runCli(['lint', SUBSCRIPTIONS, '--fail-on-import', 'off']);
    expect(off.status).toBe(0);
    expect(off.stderr).toContain(':168:1: error: ');
    const warningsOnly = file('w.sql', 'CREATE TABLE t (id int PRIMARY KEY, created_at timestamptz, updated_at timestamptz);\nCOMMENT ON TABLE missing IS \'x\';\n');
    expect(runCli(['lint', warningsOnly]).status).toBe(0);
    const strict = runCli(['lint', warningsOnly, '--fail-on-import', 'warning']);
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/w\.sql:2:1: warning: COMMENT ON table: the object is not in the model/);
    expect(runCli(['lint', warningsOnly, '--fail-on-import', 'sometimes']).status).toBe(2);
  });

  test('a goose file: its Down part is not an issue; a statement before the Up marker is a warning, an error in the Up part fails', () => {
    const goose = file(
      '20240101_orgs.sql',
      'CREATE TABLE early (id int PRIMARY KEY);\n-- +goose Up\nCREATE TABLE orgs (id bigint PRIMARY KEY, created_at timestamptz, updated_at timestamptz);\nCREATE TABLE broken (;\n\n-- +goose Down\nDROP TABLE orgs;\n',
    );
    const result = runCli(['lint', goose]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/20240101_orgs\.sql:1:1: warning: Statements before the Up marker on line 2 are not read/);
    expect(result.stderr).toMatch(/20240101_orgs\.sql:4:\d+: error: syntax error at end of input/);
    expect(result.stderr).not.toContain('Down part');
    const json = JSON.parse(runCli(['lint', goose, '--format', 'json']).stdout) as { parseIssues: { severity: string }[] };
    expect(json.parseIssues.map((i) => i.severity)).toEqual(['warning', 'error', 'info']);
  });

  test('json and sarif carry the import\'s info notes (severity info, SARIF level note), which fail nothing', () => {
    const goose = file('20240102_notes.sql', '-- +goose Up\nCREATE TABLE orgs (id bigint PRIMARY KEY, created_at timestamptz, updated_at timestamptz);\nCREATE VIEW v AS SELECT id, some_func(id) AS m FROM orgs;\n-- +goose Down\nDROP TABLE orgs;\n');
    const json = runCli(['lint', goose, '--format', 'json', '--fail-on-import', 'warning']);
    expect(json.status).toBe(0);
    const notes = (JSON.parse(json.stdout) as { parseIssues: { severity: string; line: number; message: string }[] }).parseIssues;
    expect(notes).toEqual([
      expect.objectContaining({ severity: 'info', line: 3, message: expect.stringContaining('The type of "m" depends on what the query computes') }),
      expect.objectContaining({ severity: 'info', line: 4, message: expect.stringContaining('The Down part of this goose migration') }),
    ]);
    const run = JSON.parse(runCli(['lint', goose, '--format', 'sarif']).stdout).runs[0];
    const sarifNotes = run.results.filter((r: { ruleId: string; level: string }) => r.ruleId === 'parse' && r.level === 'note');
    expect(sarifNotes.map((r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => r.locations[0]!.physicalLocation.region.startLine)).toEqual([3, 4]);
    expect(sarifNotes[1]).toMatchObject({ message: { text: expect.stringContaining('Down part') }, locations: [{ physicalLocation: { region: { startLine: 4, startColumn: 1 } } }] });
    // Stylish output lists no notes (standard error holds errors and warnings only).
    expect(runCli(['lint', goose]).stderr).not.toContain('Down part');
  });

  test('a migration folder: issues and findings point at their own file and line', () => {
    const folder = join(dir, 'migrations');
    mkdirSync(folder);
    writeFileSync(join(folder, 'V1__orgs.sql'), 'CREATE TABLE orgs (id bigint PRIMARY KEY, created_at timestamptz, updated_at timestamptz);\n');
    writeFileSync(join(folder, 'V2__members.sql'), '-- members of an org\nCREATE TABLE members (org_id bigint REFERENCES orgs, name text, created_at timestamptz, updated_at timestamptz);\n');
    writeFileSync(join(folder, 'V3__broken.sql'), '\n\nCREATE TABLE x (a int;\n');
    const result = runCli(['lint', folder, '--format', 'json']);
    expect(result.status).toBe(1);
    const output = JSON.parse(result.stdout) as { diagnostics: { file: string; ruleId: string; line: number }[]; parseIssues: { file: string; line: number }[] };
    expect(output.parseIssues).toEqual([expect.objectContaining({ file: join(folder, 'V3__broken.sql'), line: 3 })]);
    expect(output.diagnostics).toContainEqual(expect.objectContaining({ file: join(folder, 'V2__members.sql'), ruleId: 'require-primary-key', line: 2 }));
    expect(runCli(['lint', folder]).stderr).toMatch(/migrations[\\/]V3__broken\.sql:3:\d+: error: syntax error/);
  });

  test('sarif: import issues are results of the rule "parse", which the driver describes', () => {
    const run = JSON.parse(runCli(['lint', SUBSCRIPTIONS, '--format', 'sarif']).stdout).runs[0];
    const error = run.results.find((r: { ruleId: string; level: string }) => r.ruleId === 'parse' && r.level === 'error');
    expect(error.locations[0].physicalLocation.region).toEqual({ startLine: 168, startColumn: 1 });
    expect(run.tool.driver.rules[error.ruleIndex]).toMatchObject({ id: 'parse', shortDescription: { text: expect.stringContaining('could not read') } });
  });
});
