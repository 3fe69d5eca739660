/**
 * Migration files that keep their up and down parts in one file, split by marker comments:
 * goose (`-- +goose Up` / `-- +goose Down`), sql-migrate (`-- +migrate Up` / `-- +migrate Down`)
 * and dbmate (`-- migrate:up` / `-- migrate:down`). `migrate up` runs the Up part only; the Down
 * part undoes it (it drops what the Up part creates), so reading the file as one script would
 * leave an empty schema. The importer reads the Up part alone: the rest of the text is blanked
 * (line breaks kept, so every line and column stays where it is in the file) and a note says
 * where the Down part starts.
 *
 * Each tool's own syntax (their parsers, as of goose v3, sql-migrate and dbmate v2):
 * - goose (internal/sqlparser/parser.go; docs "Annotations"): a line that starts with `--`, no
 *   leading whitespace, whose rest is `+goose up` or `+goose down`, case-insensitive. One Up,
 *   then at most one Down; goose refuses a file with statements before its Up line.
 * - sql-migrate (sqlparse/sqlparse.go): a line that starts with `-- +migrate ` whose first word
 *   is `Up` or `Down` (options such as `notransaction` may follow). Each marker switches the
 *   direction, so a file may have several parts of each; lines before the first are skipped.
 * - dbmate (pkg/dbmate/migration.go): `^--\s*migrate:up(\s*$|\s+\S+)` and the same for `down`
 *   (options such as `transaction:false` may follow); the first of each counts, the Down part
 *   runs to the end of the file, and dbmate refuses statements before the Up line.
 * The tools match these lines anywhere, even inside a string or a function body, where a
 * marker would cut a statement in two (the tool fails or refuses the file). Here a marker only
 * counts where the SQL lexer sees a `--` comment, so a file that merely mentions one (a
 * template stored in a string, a comment in a function body) is read whole, as Postgres reads it.
 *
 * In a migration folder joined into one script (migration-folder.ts), each file is read on its
 * own: a Down part ends at the next file's header line.
 */
import type { ParseIssue } from './issues';
import { createLineIndex, type LineIndex } from './line-index';
import { isFileHeader } from './migration-folder';
import { splitStatements } from './split';

type Tool = 'goose' | 'sql-migrate' | 'dbmate';
type Direction = 'up' | 'down';

interface ToolSyntax {
  tool: Tool;
  /** A marker line (without its line break); group 1 is the direction. */
  marker: RegExp;
  /** Every marker switches the direction (sql-migrate); else only the first Up and first Down count. */
  everyMarker: boolean;
  /** What the tool does with statements before the Up marker. */
  beforeUp: string;
}

const TOOLS: readonly ToolSyntax[] = [
  { tool: 'goose', marker: /^--\s*\+goose\s+(up|down)\s*$/i, everyMarker: false, beforeUp: 'goose refuses a file with statements before it' },
  { tool: 'sql-migrate', marker: /^-- \+migrate\s+(Up|Down)(?:\s.*)?$/, everyMarker: true, beforeUp: 'sql-migrate skips them' },
  { tool: 'dbmate', marker: /^--\s*migrate:(up|down)(?:\s*$|\s+\S)/, everyMarker: false, beforeUp: 'dbmate refuses a file with statements before it' },
];

/** Cheap test for a text that may hold a marker at all (most do not: dumps, plain scripts). */
const MAY_HAVE_MARKERS = /^--\s*(?:\+goose\s|\+migrate\s|migrate:(?:up|down))/im;

interface Marker {
  syntax: ToolSyntax;
  direction: Direction;
  /** Offset of the marker line's start. */
  offset: number;
  lineEnd: number;
}

/** A range of the text the importer does not read (1-based lines and columns, end exclusive), and why. */
export interface UnreadPart {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** What a reader of the file is told (an editor greys the range out and shows this on hover). */
  reason: string;
}

export interface UpPart {
  /** The text with everything but the Up parts blanked (same length, same line breaks). */
  text: string;
  /** Where Down parts, and statements before an Up marker, were left unread. */
  notes: ParseIssue[];
  /** The ranges blanked in `text`, in text order (empty for a file without markers). */
  unread: UnreadPart[];
}

/**
 * The script a migration tool runs on `up`, for running the user's SQL itself (verification on
 * Postgres): the text with everything but its Up parts blanked, or the text as it is.
 */
export function upPartText(source: string): string {
  return MAY_HAVE_MARKERS.test(source) ? readUpPart(source, createLineIndex(source)).text : source;
}

export function readUpPart(source: string, lines: LineIndex): UpPart {
  if (!MAY_HAVE_MARKERS.test(source)) return { text: source, notes: [], unread: [] };
  const commentLines: number[] = [];
  const { statements } = splitStatements(source, {
    onLineComment: (offset) => {
      if (offset === 0 || source[offset - 1] === '\n') commentLines.push(offset);
    },
  });
  const unread: Unread[] = [];
  const notes: ParseIssue[] = [];
  let file: { start: number; markers: Marker[] } = { start: 0, markers: [] };
  const endFile = (end: number): void => {
    readFile(source, lines, file.markers, file.start, end, statements, unread, notes);
  };
  for (const offset of commentLines) {
    const end = lineEndOf(source, offset);
    const line = source.slice(offset, end);
    if (isFileHeader(line)) {
      endFile(offset);
      // The file starts after its header line (the header is the joined script's, not the file's).
      const next = source.indexOf('\n', offset);
      file = { start: next === -1 ? source.length : next + 1, markers: [] };
      continue;
    }
    const marker = markerOf(line);
    if (marker) file.markers.push({ ...marker, offset, lineEnd: end });
  }
  endFile(source.length);
  if (unread.length === 0) return { text: source, notes, unread: [] };
  const parts = unread.flatMap((part) => unreadPart(source, lines, part) ?? []);
  return { text: blank(source, unread), notes, unread: parts };
}

/** An unread range as offsets, with why it is not read. */
interface Unread {
  from: number;
  to: number;
  reason: string;
}

/** The range without the line breaks (and blank lines) that end it: the next part starts there. */
function unreadPart(source: string, lines: LineIndex, { from, to, reason }: Unread): UnreadPart | undefined {
  let end = to;
  while (end > from && /\s/.test(source[end - 1]!)) end--;
  if (end === from) return undefined;
  const start = lines.position(from);
  const stop = lines.position(end);
  return { line: start.line, column: start.column, endLine: stop.line, endColumn: stop.column, reason };
}

function lineEndOf(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl === -1 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

function markerOf(line: string): { syntax: ToolSyntax; direction: Direction } | undefined {
  for (const syntax of TOOLS) {
    const match = syntax.marker.exec(line);
    if (match) return { syntax, direction: match[1]!.toLowerCase() as Direction };
  }
  return undefined;
}

/** One file's markers, in order: the ranges not read, and the notes that say so. */
function readFile(
  source: string,
  lines: LineIndex,
  found: readonly Marker[],
  start: number,
  end: number,
  statements: readonly { start: number }[],
  unread: Unread[],
  notes: ParseIssue[],
): void {
  if (found.length === 0) return;
  // A file written for one tool: another tool's markers in it are comments to that tool.
  const syntax = found[0]!.syntax;
  const markers = found.filter((m) => m.syntax === syntax);
  const counted: Marker[] = [];
  let seenUp = false;
  let seenDown = false;
  for (const marker of markers) {
    if (!syntax.everyMarker && (seenDown || (marker.direction === 'up' && seenUp))) continue;
    if (marker.direction === 'up') seenUp = true;
    else seenDown = true;
    counted.push(marker);
  }
  // Before the first marker: not run when it is an Up marker (a file whose first marker is a
  // Down has no Up part to speak of: what precedes the Down is taken as the Up part).
  let state: Direction | 'before' = counted[0]!.direction === 'up' ? 'before' : 'up';
  let from = start;
  const downs: Marker[] = [];
  for (const marker of counted) {
    if (marker.direction === state) continue;
    if (state === 'before') noteBefore(source, lines, syntax, marker, from, statements, notes);
    if (state !== 'up') unread.push({ from, to: marker.offset, reason: state === 'before' ? beforeReason(syntax) : downReason(syntax) });
    if (marker.direction === 'down') downs.push(marker);
    state = marker.direction;
    from = marker.offset;
  }
  if (state === 'down') unread.push({ from, to: end, reason: downReason(syntax) });
  if (downs.length > 0) notes.push(downNote(lines, syntax, downs));
}

function downReason(syntax: ToolSyntax): string {
  return `Not read: the Down part of this ${syntax.tool} migration ("${syntax.tool} up" runs the Up part only; the Down part undoes it).`;
}

function beforeReason(syntax: ToolSyntax): string {
  return `Not read: text before the Up marker is not run (${syntax.beforeUp}).`;
}

function downNote(lines: LineIndex, syntax: ToolSyntax, downs: readonly Marker[]): ParseIssue {
  const first = downs[0]!;
  const at = lines.position(first.offset);
  const more = downs.slice(1).map((m) => lines.position(m.offset).line);
  const others = more.length === 0 ? '' : ` (nor ${more.length === 1 ? 'is the one' : 'are those'} from line ${more.join(', ')})`;
  return {
    line: at.line,
    column: at.column,
    endLine: at.line,
    endColumn: at.column + (first.lineEnd - first.offset),
    severity: 'info',
    message: `The Down part of this ${syntax.tool} migration, from line ${at.line}, is not read${others}: it undoes the Up part.`,
  };
}

/** Statements before the Up marker: the tool does not run them, so they are not read either. */
function noteBefore(
  source: string,
  lines: LineIndex,
  syntax: ToolSyntax,
  up: Marker,
  from: number,
  statements: readonly { start: number }[],
  notes: ParseIssue[],
): void {
  // The first statement at or after `from` (statements are in text order; a folder has many files).
  let lo = 0;
  let hi = statements.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (statements[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const first = statements[lo];
  if (!first || first.start >= up.offset) return;
  const at = lines.position(first.start);
  const upLine = lines.position(up.offset).line;
  const end = lines.position(lineEndOf(source, first.start));
  notes.push({
    line: at.line,
    column: at.column,
    endLine: end.line,
    endColumn: end.column,
    severity: 'warning',
    message: `Statements before the Up marker on line ${upLine} are not read (${syntax.beforeUp}): from this one on, up to that line.`,
  });
}

/** The text with the given ranges blanked: every character but a line break becomes a space. */
function blank(source: string, ranges: readonly Unread[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const { from, to } of ranges) {
    parts.push(source.slice(at, from), source.slice(from, to).replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length)));
    at = to;
  }
  parts.push(source.slice(at));
  return parts.join('');
}
