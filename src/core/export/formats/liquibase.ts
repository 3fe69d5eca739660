/**
 * Liquibase formatted SQL: one changelog file, `<version>_<name>.sql`, one changeset per segment.
 *
 * Behaviour relied on (docs.liquibase.com "Example SQL changelogs"; the parser,
 * liquibase-standard/.../AbstractFormattedChangeLogParser.java, for the exact syntax):
 * - the file's first line is `--liquibase formatted sql`; a changeset starts with
 *   `--changeset author:id attribute:value ...`; `--comment: text` sets its comment;
 * - `runInTransaction` defaults to true: Liquibase commits each changeset on its own, so a
 *   transactional segment needs no BEGIN/COMMIT, and `runInTransaction:false` runs a changeset
 *   outside a transaction (it applies to its rollback too);
 * - statements are split on `;` (`splitStatements` defaults to true, `endDelimiter` to `;`). The
 *   splitter skips delimiters inside BEGIN ... END blocks (liquibase#1589) but not inside a
 *   PostgreSQL dollar-quoted body: `END IF;` in a `$$` body is split ("Unterminated dollar quote",
 *   liquibase#5538). Changesets with a dollar-quoted (or `BEGIN ATOMIC`) body get `splitStatements:false` (the
 *   PostgreSQL JDBC driver then splits the text itself, dollar quotes understood), and
 *   `rollbackSplitStatements:false` likewise for the rollback;
 * - `--rollback <sql>` lines are joined into the rollback; `--rollback empty` declares that
 *   nothing needs undoing;
 * - lines inside a changeset that look like directives (`-- comment ...`, `-- rollback ...`,
 *   `-- precondition...`, `-- property ...`, `-- changeset ...`) are read as directives or
 *   rejected, even when they were meant as plain comments: such comment lines are prefixed.
 * The file name starts with the version so that `includeAll` (alphabetical) keeps the order.
 */
import type { MigrationPlan, PlannedStatement } from '../../sql';
import { baseVersion, safeName, segmentName } from '../naming';
import { downHeader, notesHeader, oneLine, partSql, upHeader } from '../render';
import { commentText } from '../../sql/safe-text';
import { segmentPlan } from '../segments';
import type { ExportedFile, ExportOptions } from '../types';
import { appendAll } from '../../lib/arrays';

const DIRECTIVE = /^\s*-+\s*(changeset|rollback|comments?\b|comment:|preconditions?|validchecksum|ignorelines|ignore:|property|liquibase)/i;

/** A comment line Liquibase will not read as a directive. */
export function liquibaseComment(line: string): string {
  return DIRECTIVE.test(line) ? line.replace(/^(\s*-+\s*)/, '$1[schemawise] ') : line;
}

/** A routine body Liquibase's `;` splitter would cut: dollar-quoted, or SQL-standard `BEGIN ATOMIC`. */
const ROUTINE_BODY = /\$(?:[A-Za-z_][A-Za-z0-9_]*)?\$|\bBEGIN\s+ATOMIC\b/i;

function hasRoutineBody(statements: PlannedStatement[]): boolean {
  return statements.some((s) => ROUTINE_BODY.test(s.sql));
}

/** The changeset author: the name of `Name <email>`, without the `:` that ends it in `--changeset`. */
function changesetAuthor(author: string | undefined): string {
  const name = oneLine((author ?? '').replace(/<[^<>]*>/g, '')).replace(/[:"]/g, '');
  return name === '' ? 'schemawise' : name;
}

/** A directive line (`--changeset ...`, `--comment: ...`), its text kept on the line. */
function directive(text: string): string {
  return `--${commentText(text)}`; // comment-safe: the text goes through commentText
}

/** A blank line between two statements (after a line ending in `;`, or after a header comment). */
function isSeparator(lines: string[], i: number): boolean {
  const before = lines[i - 1] ?? '';
  return i === 0 || before === '' || /;\s*$/.test(before) || /^--/.test(before);
}

export function exportLiquibase(plan: MigrationPlan, options: ExportOptions): ExportedFile[] {
  const name = safeName(options.name);
  const version = baseVersion(options, /^[0-9A-Za-z._-]+$/, 'liquibase');
  const author = changesetAuthor(options.author);
  const segments = segmentPlan(plan);
  const out = ['--liquibase formatted sql', ...notesHeader(plan).map(liquibaseComment)];
  for (const segment of segments) {
    // One transaction mode per changeset, for the update and its rollback alike.
    const transactional = segment.upTransactional && (segment.downTransactional || segment.down.length === 0);
    const attributes = [
      ...(transactional ? [] : ['runInTransaction:false']),
      ...(hasRoutineBody(segment.up) ? ['splitStatements:false'] : []),
      ...(hasRoutineBody(segment.down) ? ['rollbackSplitStatements:false'] : []),
    ];
    const id = segmentName(name, segment.index, segments.length);
    const how = transactional ? 'Liquibase runs the changeset in a transaction' : 'runInTransaction:false';
    const summary = segment.up.length === 1 ? oneLine(segment.up[0]!.description) : `${name}: part ${segment.index} of ${segments.length}`;
    out.push('', directive(`changeset ${author}:${id}${attributes.map((a) => ` ${a}`).join('')}`), directive(`comment: ${summary}`));
    const up = partSql(segment.up, transactional, options, { explicitTransaction: false, comment: liquibaseComment, header: upHeader(segment, segments.length, name, how) });
    out.push(up.trimEnd());
    if (segment.down.length === 0) {
      appendAll(out, downHeader(segment, segments.length, name, how).map(liquibaseComment)).push('--rollback empty');
    } else {
      const down = partSql(segment.down, transactional, options, { explicitTransaction: false, comment: liquibaseComment, header: downHeader(segment, segments.length, name, how) });
      // Every line Postgres (and Liquibase's line reader) sees, \r included, gets its prefix, so
      // no part of a literal or name that spans lines reads as live SQL; blank lines inside a
      // literal are kept ("--rollback " with nothing after it).
      const lines = down.trimEnd().split(/\r\n|\r|\n/);
      appendAll(out, lines.filter((line, i) => line !== '' || !isSeparator(lines, i)).map((line) => `--rollback ${line}`)); // comment-safe: every line of the script, split where Postgres ends a comment
    }
  }
  return [{ path: `${version}_${name}.sql`, content: `${out.join('\n')}\n` }];
}
