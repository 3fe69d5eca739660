/**
 * The splitter's statement boundaries and texts on the shapes its fast path (PLAIN_RUN, past a
 * statement's leading words) must not change: what ends a statement's text, and every character
 * that opens a quote, comment or meta-command in the middle of a long statement.
 */
import { describe, expect, test } from 'vitest';
import { splitStatements } from '../../../src/core/parse/split';

const texts = (sql: string): string[] => splitStatements(sql).statements.map((s) => s.text);

describe('splitStatements past the leading words', () => {
  test('the text ends at the last token, before spaces, comments and the semicolon', () => {
    expect(texts('create table a (id int) with (fillfactor = 70)   \n ;\nselect 1')).toEqual([
      'create table a (id int) with (fillfactor = 70)',
      'select 1',
    ]);
    expect(texts('alter table a add column b int default 1 -- note; not the end\n;')).toEqual([
      'alter table a add column b int default 1',
    ]);
    expect(texts('alter table a add column b int /* ; */ default 1 ;')).toEqual(['alter table a add column b int /* ; */ default 1']);
  });

  test('quotes opened deep in a statement hide their semicolons', () => {
    expect(texts("comment on column a.b is 'x; y';select 2")).toEqual(["comment on column a.b is 'x; y'", 'select 2']);
    expect(texts("comment on column a.b is E'x\\'; y';select 2")).toEqual(["comment on column a.b is E'x\\'; y'", 'select 2']);
    expect(texts('comment on column a."b;c" is null;select 2')).toEqual(['comment on column a."b;c" is null', 'select 2']);
    expect(texts('comment on table a is $c$ x; y $c$;select 2')).toEqual(['comment on table a is $c$ x; y $c$', 'select 2']);
  });

  test('a $ inside a word and a lone - or / are plain text', () => {
    expect(texts('select a$b$, c from t where d - 1 > 2 / 3;select 2')).toEqual(['select a$b$, c from t where d - 1 > 2 / 3', 'select 2']);
  });

  test('a semicolon in parentheses stays in the statement; a backslash starts a meta-command', () => {
    const split = splitStatements('create table a (b int check (b > 0;)) partition by range (b);\\connect db\nselect 1;');
    expect(split.statements.map((s) => [s.text, s.nestedSemicolon])).toEqual([
      ['create table a (b int check (b > 0;)) partition by range (b)', true],
      ['select 1', false],
    ]);
    expect(split.skipped.map((s) => s.text)).toEqual(['\\connect db']);
  });

  test('a SQL-standard routine body is still read word by word', () => {
    const sql = 'create function f() returns int language sql begin atomic select 1; select 2; end;select 3';
    expect(texts(sql)).toEqual(['create function f() returns int language sql begin atomic select 1; select 2; end', 'select 3']);
  });
});
