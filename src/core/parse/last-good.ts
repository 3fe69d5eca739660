/**
 * The last good version of each statement, kept while the text is being edited: a statement
 * that does not parse any more (its `);` deleted, a quote opened, a word half typed) stands in
 * with the objects its last version that parsed made, until it parses again. So the diagram does
 * not lose two tables (and their lines) because the `);` between them was deleted, and the
 * migration does not suddenly propose dropping them: the kept objects are in the model like any
 * other, and the import says which they are (`StaleStatement`), for the canvas to mark them.
 *
 * How a statement of the new text is matched to those of the previous one: the edit is the span
 * between the texts' common prefix and common suffix, and the previous statements are mapped to
 * the new text by their unchanged ends. A new statement that does not parse takes the last good
 * versions of
 * - the previous statement the edit touched, if it still starts where the new one starts and at
 *   least half of its text is unchanged (the statement being typed in);
 * - the untouched previous statements it now covers (swallowed: the `);` between them deleted,
 *   a quote opened).
 * A version whose text is still a statement of the new text is not broken and stands in for
 * nothing. A statement that was entirely inside the edit was replaced or deleted by the user and is not
 * kept; neither is anything when most of the text changed at once (a paste over everything),
 * and `forget` starts over (another document).
 *
 * The previous statements are those of the last import: one that did not parse already carries
 * its own stand-ins, so the objects stay through any number of edits until it parses again.
 */
import type { RawStmt } from '@pgsql/types';
import type { RawStatement } from './split';
import { commonPrefix, commonSuffix } from './split-incremental';

/** A version of a statement that parsed: its text and its trees. */
export interface GoodVersion {
  text: string;
  stmts: RawStmt[];
}

/** A statement that does not parse, and the objects its last good version keeps in the model. */
export interface StaleStatement {
  /** Where it is now (its syntax error is reported there too). */
  line: number;
  /** Keys (`schema.name`) of the tables and views the kept version made or changed. */
  objects: string[];
}

/** What ran for one statement of an import: itself (it parsed), or its stand-ins. */
interface Unit {
  start: number;
  end: number;
  good: GoodVersion[];
}

interface Edit {
  /** Length of the common prefix, and where the common suffix starts in the old and new text. */
  prefix: number;
  oldSuffix: number;
  newSuffix: number;
  delta: number;
}

function editBetween(before: string, after: string): Edit {
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after, prefix);
  return { prefix, oldSuffix: before.length - suffix, newSuffix: after.length - suffix, delta: after.length - before.length };
}

export class LastGoodVersions {
  private previous: { text: string; units: Unit[] } | undefined;
  private current: Unit[] = [];
  private edit: Edit | undefined;
  /** The statements of the text being imported, and their texts as a set (made at the first failure). */
  private statements: readonly RawStatement[] = [];
  private present: Set<string> | undefined;

  /** Starts an import of `text`, split into `statements`. */
  begin(text: string, statements: readonly RawStatement[]): void {
    this.current = [];
    this.edit = this.previous ? editBetween(this.previous.text, text) : undefined;
    this.statements = statements;
    this.present = undefined;
  }

  /** A statement parsed: it is its own last good version. */
  parsed(statement: RawStatement, stmts: RawStmt[]): void {
    this.current.push({ start: statement.start, end: statement.end, good: [{ text: statement.text, stmts }] });
  }

  /** A statement did not parse: the last good versions that stand in for it (possibly none). */
  failed(statement: RawStatement): GoodVersion[] {
    const good = this.standInsFor(statement);
    this.current.push({ start: statement.start, end: statement.end, good });
    return good;
  }

  /** Ends an import of `text`: its statements are the previous ones of the next. */
  commit(text: string): void {
    this.previous = { text, units: this.current };
    this.current = [];
    this.edit = undefined;
    this.statements = [];
    this.present = undefined;
  }

  /** Forgets everything (another document): nothing from before stands in for anything. */
  forget(): void {
    this.previous = undefined;
    this.current = [];
    this.edit = undefined;
  }

  private standInsFor(statement: RawStatement): GoodVersion[] {
    const edit = this.edit;
    if (!this.previous || !edit) return [];
    // A version whose very text is a statement of the new text is still there, unbroken (where
    // an edit's span is ambiguous, an insertion can seem to cut into it): it stands in for nothing.
    const present = (this.present ??= new Set(this.statements.map((s) => s.text)));
    const out: GoodVersion[] = [];
    const take = (versions: GoodVersion[]) => {
      for (const version of versions) if (!present.has(version.text)) out.push(version);
    };
    for (const unit of this.previous.units) {
      if (unit.good.length === 0 || unit.end <= unit.start) continue;
      // Its place in the new text: unchanged ends move with the text; an end inside the edit
      // goes to that end of the edited span.
      const start = unit.start <= edit.prefix ? unit.start : unit.start >= edit.oldSuffix ? unit.start + edit.delta : edit.newSuffix;
      const end = unit.end <= edit.prefix ? unit.end : unit.end >= edit.oldSuffix ? unit.end + edit.delta : edit.newSuffix;
      const edited = unit.start < edit.oldSuffix && unit.end > edit.prefix;
      if (edited) {
        // The statement the user is editing: it still starts where it started, and most of its
        // text is still there (the edit's span is ambiguous: a matching suffix can reach into the
        // statement before an insertion, which is not the one broken).
        const before = Math.max(0, Math.min(unit.end, edit.prefix) - unit.start);
        const after = Math.max(0, unit.end - Math.max(unit.start, edit.oldSuffix));
        if (start === statement.start && 2 * (before + after) >= unit.end - unit.start) take(unit.good);
      } else if (start >= statement.start && end <= statement.end) {
        // An untouched statement the broken one swallowed (its `;` now inside parentheses or a quote).
        take(unit.good);
      }
    }
    return out;
  }
}
