/**
 * The guard for the whole class of issue 14's items 1 and 3, kept structural so that new
 * statements are covered without anyone remembering to: every SQL writer goes through
 * src/core/sql/safe-text.ts. This file reads the sources the way a lint rule would, and reads
 * every statement the golden cases plan with the real grammar.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { diff } from '../../../src/core/diff';
import { importSql, initParser } from '../../../src/core/parse';
import { hazardComment, planMigration, planToSql } from '../../../src/core/sql';
import { statementKinds } from '../../support/statement-kinds';

const ROOT = process.cwd();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The SQL writers: the printer and planner, the migration formats, the patterns (they write function bodies). */
const WRITERS = ['src/core/sql', 'src/core/export', 'src/core/patterns'].flatMap((dir) => sources(join(ROOT, dir)));
const SAFE_TEXT = join(ROOT, 'src/core/sql/safe-text.ts');

/** Lines of code (comments of the TypeScript itself left out) matching `pattern`, as file:line: text. */
function offending(files: string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${relative(ROOT, file)}:${i + 1}` }))
      // A line may say why it is safe: `// comment-safe: <reason>`.
      .filter(({ line }) => !/^\s*(\*|\/\/|\/\*)/.test(line) && !line.includes('// comment-safe: ') && pattern.test(line))
      // The text of a comment made by sqlComment / commentText may hold `--` itself.
      .filter(({ line }) => !/\b(sqlComment|commentText)\(`[^`]*(--|\/\*)/.test(line))
      .map(({ line, at }) => `${at}: ${line.trim()}`),
  );
}

describe('every SQL writer goes through safe-text.ts', () => {
  test('no comment is written with text put into it by hand (sqlComment / commentText do that)', () => {
    // `-- ${...}`, `/* ${...}`, '-- ' + x: a comment with interpolated text.
    // Mermaid and DBML are not SQL: their own escaping is tested in test/core/export.
    const sqlWriters = WRITERS.filter((f) => f !== SAFE_TEXT && !/(mermaid|dbml)\.ts$/.test(f));
    expect(offending(sqlWriters, /(--|\/\*)[^`'"\n]*\$\{|['"`](--|\/\*)[^'"`]*['"`]\s*\+/)).toEqual([]);
  });

  test('names are quoted by safe-text.ts, which refuses an empty one (not by model/names.ts directly)', () => {
    const printers = WRITERS.filter((f) => f !== SAFE_TEXT && !f.includes('/patterns/'));
    expect(offending(printers, /import\s*\{[^}]*\b(quoteIdent|quoteQualified|quoteLiteral)\b[^}]*\}\s*from\s*'[./]*model\/names'/)).toEqual([]);
  });

  test('model values become keywords by lookup (keywordFor), never by upper-casing them', () => {
    expect(offending(WRITERS.filter((f) => f.includes('/sql/') && f !== SAFE_TEXT), /\.toUpperCase\(\)/)).toEqual([]);
  });
});

describe('every statement the golden cases plan', () => {
  const GOLDEN = join(ROOT, 'test', 'fixtures', 'migrations');
  const cases = readdirSync(GOLDEN).filter((name) => statSync(join(GOLDEN, name)).isDirectory());

  beforeAll(async () => {
    await initParser();
  });

  test.each(cases)('%s: each statement and its reverse parse, and its comment adds nothing', (name) => {
    const from = importSql(readFileSync(join(GOLDEN, name, 'from.sql'), 'utf8')).schema;
    const to = importSql(readFileSync(join(GOLDEN, name, 'to.sql'), 'utf8')).schema;
    const plan = planMigration(from, diff(from, to), { allowDestructive: true });
    for (const statement of [...plan.up, ...plan.down]) {
      const kinds = statementKinds(statement.sql);
      expect(kinds.length, statement.sql).toBeGreaterThan(0);
      expect(statementKinds(`${hazardComment(statement)}\n${statement.sql}`)).toEqual(kinds);
      if (statement.reverse) expect(statementKinds(statement.reverse).length, statement.reverse).toBeGreaterThan(0);
    }
    // The script is its statements and the transaction framing, nothing else.
    const framing = /^(TransactionStmt|VariableSetStmt\(VAR_SET_VALUE (lock_timeout|statement_timeout)\))/;
    for (const part of [plan.up, plan.down]) {
      expect(statementKinds(planToSql(part)).filter((k) => !framing.test(k))).toEqual(part.flatMap((s) => statementKinds(s.sql)).filter((k) => !framing.test(k)));
    }
  });
});
