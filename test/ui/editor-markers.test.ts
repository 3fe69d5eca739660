import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ParseIssue } from '../../src/core/parse';
import { importSql, initParser } from '../../src/core/parse';
import { lint, type Diagnostic } from '../../src/core/rules';
import { fixesOf, ignoreEdit, MARKER_SEVERITY, textShape, toMarkers, type LineEdit } from '../../src/ui/editor/markers';

const sample = readFileSync(new URL('../../src/ui/sample/saas.sql', import.meta.url), 'utf8');

/** Applies a 1-based line/column edit to a text (as Monaco does). */
function apply(text: string, edit: LineEdit): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) =>
    lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
  return text.slice(0, offset(edit.startLineNumber, edit.startColumn)) + edit.text + text.slice(offset(edit.endLineNumber, edit.endColumn));
}

function diagnostic(partial: Partial<Diagnostic>): Diagnostic {
  return {
    ruleId: 'require-fk-index',
    severity: 'warn',
    message: 'Foreign key has no index.',
    help: 'Index the key columns.',
    target: { schema: 'public', table: 't' },
    line: 1,
    column: 1,
    ...partial,
  };
}

describe('toMarkers', () => {
  const text = 'CREATE TABLE a (\n  id int,\n  b_id int REFERENCES b\n);\n';

  it('marks a parse error at its line and column with the parser message', () => {
    const issue: ParseIssue = { line: 2, column: 9, endLine: 2, endColumn: 9, severity: 'error', message: 'syntax error at or near ","' };
    const [marker] = toMarkers([issue], [], textShape(text));
    expect(marker).toMatchObject({
      severity: MARKER_SEVERITY.error,
      code: 'syntax',
      message: 'syntax error at or near ","',
      startLineNumber: 2,
      startColumn: 9,
      endLineNumber: 2,
      endColumn: 9,
    });
  });

  it('marks an import note (nothing failed) as a quiet hint, a warning as a warning', () => {
    const note: ParseIssue = { line: 1, column: 1, endLine: 4, endColumn: 3, severity: 'info', message: 'the view keeps the column names it was created with' };
    const warning: ParseIssue = { ...note, severity: 'warning', message: 'a function body was not checked' };
    expect(toMarkers([note, warning], [], textShape(text)).map((m) => m.severity)).toEqual([MARKER_SEVERITY.hint, MARKER_SEVERITY.warn]);
  });

  it('maps finding severities and puts the help under the message', () => {
    const markers = toMarkers(
      [],
      [
        diagnostic({ severity: 'error', line: 1 }),
        diagnostic({ severity: 'warn', line: 2 }),
        diagnostic({ severity: 'info', line: 3 }),
      ],
      textShape(text),
    );
    expect(markers.map((m) => m.severity)).toEqual([MARKER_SEVERITY.error, MARKER_SEVERITY.warn, MARKER_SEVERITY.info]);
    expect(markers[0]!.message).toBe('Foreign key has no index.\nIndex the key columns.');
    expect(markers[0]!.code).toBe('require-fk-index');
    expect(markers[0]!.diagnostic?.line).toBe(1);
  });

  it("underlines a finding to its source's end on the same line, else to the end of the line", () => {
    const shape = textShape(text);
    const onColumn = diagnostic({
      line: 3,
      column: 3,
      source: { line: 3, column: 3, endLine: 3, endColumn: 7, offset: 0, length: 4 },
    });
    const onTable = diagnostic({
      line: 1,
      column: 1,
      source: { line: 1, column: 1, endLine: 4, endColumn: 2, offset: 0, length: 50 },
    });
    const [column, table] = toMarkers([], [onColumn, onTable], shape);
    expect([column!.startColumn, column!.endColumn]).toEqual([3, 7]);
    expect([table!.startLineNumber, table!.endLineNumber, table!.endColumn]).toEqual([1, 1, 'CREATE TABLE a ('.length + 1]);
  });

  it('skips findings without source and clamps positions to the current text', () => {
    const markers = toMarkers(
      [{ line: 40, column: 3, endLine: 41, endColumn: 9, severity: 'error', message: 'x' }],
      [diagnostic({ line: 0 }), diagnostic({ line: 99 })],
      textShape(text),
    );
    expect(markers).toHaveLength(1);
    expect(markers[0]).toMatchObject({ startLineNumber: 5, startColumn: 1, endLineNumber: 5, endColumn: 1 });
  });
});

describe('fixesOf', () => {
  it('lists the fix first, then the suggestions', () => {
    const fix = { kind: 'changes' as const, description: 'Index it', changes: [] };
    const other = { kind: 'changes' as const, description: 'Drop the key', changes: [] };
    expect(fixesOf(diagnostic({ fix, suggestions: [other] })).map((f) => f.description)).toEqual(['Index it', 'Drop the key']);
    expect(fixesOf(diagnostic({ suggestions: [other] })).map((f) => f.description)).toEqual(['Drop the key']);
    expect(fixesOf(diagnostic({}))).toEqual([]);
  });
});

describe('ignoreEdit', () => {
  it('inserts the comment on the line before the statement, indented like it', () => {
    const text = 'SELECT 1;\n  CREATE TABLE t (a int);\n';
    const edit = ignoreEdit(text.split('\n'), { ruleId: 'some-rule', line: 2 })!;
    expect(apply(text, edit)).toBe('SELECT 1;\n  -- schemawise-ignore some-rule\n  CREATE TABLE t (a int);\n');
  });

  it('uses the statement line of a finding on a part of a statement', () => {
    const text = 'CREATE TABLE t (\n  a int\n);\n';
    const edit = ignoreEdit(text.split('\n'), {
      ruleId: 'some-rule',
      line: 2,
      source: { line: 2, column: 3, endLine: 2, endColumn: 8, offset: 0, length: 5, statementLine: 1 },
    })!;
    expect(apply(text, edit)).toBe('-- schemawise-ignore some-rule\nCREATE TABLE t (\n  a int\n);\n');
  });

  it('adds the rule to an ignore comment already above the statement', () => {
    const text = '-- schemawise-ignore rule-a\nCREATE TABLE t (a int);\n';
    const edit = ignoreEdit(text.split('\n'), { ruleId: 'rule-b', line: 2 })!;
    expect(apply(text, edit)).toBe('-- schemawise-ignore rule-a, rule-b\nCREATE TABLE t (a int);\n');
  });

  it('has nothing to offer for a finding without source', () => {
    expect(ignoreEdit(['x'], { ruleId: 'r', line: 0 })).toBeUndefined();
  });

  describe('on the sample', () => {
    let diagnostics: Diagnostic[];
    beforeAll(async () => {
      await initParser();
      diagnostics = lint(importSql(sample).schema, { sourceText: sample });
    });

    it('silences exactly the finding it is offered for, for every finding of the sample', () => {
      expect(diagnostics.length).toBeGreaterThan(3);
      for (const finding of diagnostics.filter((d) => d.line > 0)) {
        const edited = apply(sample, ignoreEdit(sample.split('\n'), finding)!);
        const after = lint(importSql(edited).schema, { sourceText: edited });
        const key = (d: Diagnostic) => `${d.ruleId}|${d.target.schema}.${d.target.table}.${d.target.column ?? ''}|${d.message}`;
        const sameStatement = diagnostics.filter(
          (d) => d.ruleId === finding.ruleId && (d.source?.statementLine ?? d.line) === (finding.source?.statementLine ?? finding.line),
        );
        expect(after.map(key).sort(), `${finding.ruleId} at ${finding.line}`).toEqual(
          diagnostics.filter((d) => !sameStatement.includes(d)).map(key).sort(),
        );
      }
    });
  });
});
