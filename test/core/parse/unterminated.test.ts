/**
 * A comment, quote, quoted identifier or dollar quote left open runs to the end of the file
 * (issue 14, item 6). Postgres rejects such a file; the import reports a located error at the
 * opening, marks it as leaving the rest unread, and does not apply the statement it opened in.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser, splitStatements, truncatingIssues } from '../../../src/core/parse';
import { splitIncrementally } from '../../../src/core/parse/split-incremental';

beforeAll(async () => {
  await initParser();
});

const HEAD = 'CREATE TABLE a (id int);\n';
const TAIL = '\nCREATE TABLE b (id int);\nCREATE TABLE c (id int);\n';

const OPENINGS: { kind: string; text: string; message: RegExp; inStatement: boolean }[] = [
  { kind: 'comment', text: `${HEAD}/* unfinished${TAIL}`, message: /^unterminated \/\* comment/, inStatement: false },
  { kind: 'comment', text: `${HEAD}CREATE TABLE x (id int) /* unfinished${TAIL}`, message: /^unterminated \/\* comment/, inStatement: true },
  { kind: 'comment', text: `${HEAD}/* nested /* closed once */${TAIL}`, message: /^unterminated \/\* comment/, inStatement: false },
  { kind: 'quoted string', text: `${HEAD}CREATE TABLE x (v text DEFAULT 'unfinished);${TAIL}`, message: /^unterminated quoted string/, inStatement: true },
  { kind: 'quoted string', text: `${HEAD}CREATE TABLE x (v text DEFAULT E'it\\'s);${TAIL}`, message: /^unterminated quoted string/, inStatement: true },
  { kind: 'quoted identifier', text: `${HEAD}CREATE TABLE "x (id int);${TAIL}`, message: /^unterminated quoted identifier/, inStatement: true },
  { kind: 'dollar-quoted string', text: `${HEAD}CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $body$ select 1;${TAIL}`, message: /^unterminated dollar-quoted string/, inStatement: true },
];

describe('an unterminated comment, quote or dollar quote', () => {
  test.each(OPENINGS.map((o) => [o.kind, o.text, o]))('%s: %j is a located error, and what follows is not read', (_, text, opening) => {
    const { message, inStatement } = opening as (typeof OPENINGS)[number];
    const split = splitStatements(text as string);
    const open = (text as string).indexOf(opening.kind === 'comment' ? '/*' : opening.kind === 'quoted identifier' ? '"' : opening.kind === 'dollar-quoted string' ? '$body$' : opening.text.includes("E'") ? "'" : "'");
    expect(split.unterminated).toEqual({ kind: opening.kind, start: open, inStatement });

    const { schema, issues } = importSql(text as string);
    const errors = issues.filter((i) => i.severity === 'error');
    // One error, where the construct opens (line 2), not where the parser gave up.
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(message);
    expect(errors[0]!.message).toMatch(/nothing after line 2, column \d+ was read/);
    expect([errors[0]!.line, errors[0]!.column]).toEqual([2, open - HEAD.length + 1]);
    expect(truncatingIssues(issues)).toEqual(errors);
    // The statement before is read; the one the construct opened in, and everything after, are not.
    expect(Object.keys(schema.tables)).toEqual(['public.a']);
  });

  test('a closed construct is no error, and an open one inside another is not opened', () => {
    for (const text of [`${HEAD}/* a ' quote */${TAIL}`, `${HEAD}-- /* not a comment opening\n${TAIL}`, `${HEAD}COMMENT ON TABLE a IS '/* ; $x$';${TAIL}`, `${HEAD}COMMENT ON TABLE a IS $x$ ' " /* $x$;${TAIL}`]) {
      expect(splitStatements(text).unterminated).toBeUndefined();
      expect(importSql(text).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  test('the incremental splitter reports it too, before and after edits elsewhere', () => {
    const text = `${HEAD}CREATE TABLE x (id int);\nCREATE TABLE y (id int);\n/* unfinished${TAIL}`;
    const first = splitIncrementally(text, undefined);
    expect(first).toEqual(splitStatements(text));
    const edited = text.replace('CREATE TABLE x', 'CREATE TABLE xx');
    const second = splitIncrementally(edited, { text, result: first });
    expect(second).toEqual(splitStatements(edited));
    expect(second.unterminated?.start).toBe(edited.indexOf('/*'));
    const closed = `${edited}*/`;
    expect(splitIncrementally(closed, { text: edited, result: second })).toEqual(splitStatements(closed));
  });
});
