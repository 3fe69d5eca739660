/**
 * The last good version of each statement, kept while the text is being edited: a statement
 * that does not parse any more (its `);` deleted, a quote opened, a word half typed) stands in
 * with the objects its last version that parsed made, until it parses again. So the diagram does
 * not lose two tables (and their lines) because the `);` between them was deleted, and the
 * migration does not suddenly propose dropping them: the kept objects are in the model like any
 * other, and the import says which they are (`StaleStatement`), for the canvas to mark them.
 *
 * How a statement of the new text is matched to those of the previous one: the edit is the span
 * between the texts' common prefix and common suffix. A statement of the previous text that had
 * at least half of its characters outside that span (in text that did not change) is mapped to
 * the new text by its unchanged ends; a new statement that does not parse takes the last good
 * versions of the previous statements it overlaps. A statement that was entirely inside the
 * edit was replaced or deleted by the user and is not kept; so is everything, when most of the
 * text changed at once (a paste over everything), and `forget` starts over (another document).
 *
 * The previous statements are those of the last import: one that did not parse already carries
 * its own stand-ins, so the objects stay through any number of edits until it parses again.
 */
import type { RawStmt } from '@pgsql/types';
import type { RawStatement } from './split';

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
  const n = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < n && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < n - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { prefix, oldSuffix: before.length - suffix, newSuffix: after.length - suffix, delta: after.length - before.length };
}

export class LastGoodVersions {
  private previous: { text: string; units: Unit[] } | undefined;
  private current: Unit[] = [];
  private edit: Edit | undefined;

  /** Starts an import of `text`. */
  begin(text: string): void {
    this.current = [];
    this.edit = this.previous ? editBetween(this.previous.text, text) : undefined;
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
    const out: GoodVersion[] = [];
    for (const unit of this.previous.units) {
      if (unit.good.length === 0 || unit.end <= unit.start) continue;
      // The unit's characters outside the edit: before it, and after it.
      const before = Math.max(0, Math.min(unit.end, edit.prefix) - unit.start);
      const after = Math.max(0, unit.end - Math.max(unit.start, edit.oldSuffix));
      if (2 * (before + after) < unit.end - unit.start) continue;
      // Its place in the new text: unchanged ends move with the text; an end inside the edit
      // goes to that end of the edited span.
      const start = unit.start <= edit.prefix ? unit.start : unit.start >= edit.oldSuffix ? unit.start + edit.delta : edit.newSuffix;
      const end = unit.end <= edit.prefix ? unit.end : unit.end >= edit.oldSuffix ? unit.end + edit.delta : edit.newSuffix;
      if (Math.max(start, statement.start) < Math.min(end, statement.end)) out.push(...unit.good);
    }
    return out;
  }
}
