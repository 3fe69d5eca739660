import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { createDocument, deriveDocument } from '../../src/core/document';
import { importSql, initParser } from '../../src/core/parse';
import { diff } from '../../src/core/diff';
import { planMigration, planToSql, type PlannedStatement } from '../../src/core/sql';
import { baseName } from '../../src/ui/document/download';
import { formatFiles, hazardLevel, statementHighlights, stepCounts } from '../../src/ui/migration/statements';
import { splitStatements } from '../../src/core/parse';

beforeAll(() => initParser());

const FROM = 'CREATE TABLE a (id bigint PRIMARY KEY, note text, b_id bigint);\nCREATE TABLE b (id bigint PRIMARY KEY);';
const TO = 'CREATE TABLE a (id bigint PRIMARY KEY, b_id bigint NOT NULL REFERENCES b);\nCREATE TABLE b (id bigint PRIMARY KEY);\nCREATE INDEX ON a (b_id);';

describe('hazards', () => {
  test('the worst hazard decides the colour', () => {
    expect(hazardLevel([])).toBeUndefined();
    expect(hazardLevel(['index-build'])).toBe('info');
    expect(hazardLevel(['index-build', 'access-exclusive-lock'])).toBe('warn');
    expect(hazardLevel(['validation-scan', 'deletes-data'])).toBe('danger');
  });

  test('highlights cover each hazardous statement and its comment in the script', async () => {
    const from = importSql(FROM).schema;
    const plan = planMigration(from, diff(from, importSql(TO).schema), { allowDestructive: true });
    const script = planToSql(plan.up);
    const lines = script.split('\n');
    const highlights = statementHighlights(script, plan.up);
    const hazardous = plan.up.filter((s: PlannedStatement) => s.hazards.length > 0);
    expect(highlights).toHaveLength(hazardous.length);
    highlights.forEach((h, i) => {
      const statement = hazardous[i]!;
      expect(lines[h.startLine - 1]).toMatch(/^-- /);
      expect(lines.slice(h.startLine, h.endLine).join('\n')).toBe(statement.sql);
      expect(h.severity).toBe(hazardLevel(statement.hazards));
      expect(h.hover).toContain(':');
    });
    expect(highlights.some((h) => h.severity === 'danger')).toBe(true);
  });
});

describe('files', () => {
  test('every format gives files for a plan; a bad name is made safe', () => {
    const sample = readFileSync('src/ui/sample/saas.sql', 'utf8');
    const imported = importSql(sample);
    const before = deriveDocument(createDocument(sample, 's.sql'), imported);
    const fix = before.diagnostics.find((d) => d.ruleId === 'require-fk-index')!.fix!;
    const after = deriveDocument({ ...createDocument(sample, 's.sql'), edits: fix.kind === 'changes' ? fix.changes : [] }, imported);
    const when = new Date(Date.UTC(2025, 0, 2, 3, 4, 5));
    for (const format of ['sql', 'flyway', 'golang-migrate', 'dbmate', 'sqitch', 'liquibase', 'prisma'] as const) {
      const { files, error } = formatFiles(after.plan, format, 'add index!', when);
      expect(error, format).toBeUndefined();
      expect(files.length, format).toBeGreaterThan(0);
    }
    expect(formatFiles(after.plan, 'golang-migrate', 'add index', when).files.map((f) => f.path)).toEqual([
      '20250102030405_add_index.up.sql',
      '20250102030405_add_index.down.sql',
    ]);
  });

  test('file names from source names', () => {
    expect(baseName('saas.sql (sample)')).toBe('saas');
    expect(baseName('shop.schemawise.json')).toBe('shop');
    expect(baseName('my dump.psql')).toBe('my_dump');
    expect(baseName('')).toBe('schema');
  });
});

describe('step counts', () => {
  test("a verification's statements counted as the plan's steps (what the panel counts), with the script's own count", () => {
    const from = importSql(FROM).schema;
    const plan = planMigration(from, diff(from, importSql(TO).schema), { allowDestructive: true });
    const script = planToSql(plan.up);
    const statements = splitStatements(script).statements;
    expect(statements.length).toBeGreaterThan(plan.up.length);
    const ran = statements.map((s, i) => ({ line: i + 1, sql: s.text, ok: true }));
    expect(stepCounts(plan.up.map((s) => s.sql), ran)).toEqual({ total: plan.up.length, ran: plan.up.length, statements: statements.length });
    // Stopped at the second step: one ran.
    const second = ran.findIndex((r) => r.sql.trim() === plan.up[1]!.sql.replace(/;\s*$/, '').trim());
    const stopped = [...ran.slice(0, second), { ...ran[second]!, ok: false }];
    expect(stepCounts(plan.up.map((s) => s.sql), stopped).ran).toBe(1);
  });
});
