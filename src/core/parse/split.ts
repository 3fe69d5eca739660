/**
 * Splits a SQL script into statements the way psql does when it runs a file, so that one
 * statement with a syntax error does not take the rest of the file with it.
 *
 * It follows psql's lexer (src/fe_utils/psqlscan.l) where that matters for statement boundaries:
 * - quotes: '...' ('' escape), E'...' (backslash escapes), "..." identifiers, $tag$...$tag$;
 * - comments: `--` to end of line, nested `/* ... *\/`;
 * - a `;` ends a statement only outside parentheses and outside a SQL-standard function body
 *   (`CREATE FUNCTION ... BEGIN ATOMIC ...; ... END`), tracked with psql's own heuristic;
 * - a backslash outside quotes starts a psql meta-command that runs to the end of the line
 *   (`\connect`, `\restrict`, `\set`, ...); `\g` and friends also end the current statement;
 * - the data block after `COPY ... FROM stdin;` (or `\copy ... from stdin`) runs to a line `\.`.
 */

export interface RawStatement {
  /** Statement text from its first token to just before its terminating `;`. */
  text: string;
  /** Offset (UTF-16 code units) of the first token in the source. */
  start: number;
  /** Offset just past the last character of the statement (before the `;`). */
  end: number;
  /** True when a `;` inside parentheses was kept in this statement (psql does the same). */
  nestedSemicolon: boolean;
}

export interface SkippedBlock {
  kind: 'meta-command' | 'copy-data';
  start: number;
  end: number;
  text: string;
}

export interface SplitResult {
  statements: RawStatement[];
  skipped: SkippedBlock[];
  /**
   * Per statement, the offset just past the `;` that ended it when the splitter is back in its
   * starting state there (outside everything, no COPY data to follow), else -1. A split can
   * resume from such a point (split-incremental.ts).
   */
  resumable: number[];
  /** Set when `stopAt` stopped the split: the resumable offset it stopped at. */
  stoppedAt?: number;
  /**
   * Set when the text ends inside a comment, quoted string, quoted identifier or dollar quote:
   * what was left open and where it opened. Postgres rejects such a script (psql sends the open
   * part as a last statement, and the server answers "unterminated /* comment"); whatever
   * follows the opening was never read as statements.
   */
  unterminated?: Unterminated;
}

export type UnterminatedKind = 'comment' | 'quoted string' | 'quoted identifier' | 'dollar-quoted string';

export interface Unterminated {
  kind: UnterminatedKind;
  /** Offset of the opening `/*`, quote or dollar tag. */
  start: number;
  /** It opened inside a statement (the last of `statements`), which therefore never ended. */
  inStatement: boolean;
}

export interface SplitOptions {
  /** psql keeps `;` inside parentheses in the statement; recovery re-splits with this off. */
  trackParentheses?: boolean;
  /** Start here, in the starting state (a resumable offset of an earlier split, or 0). */
  from?: number;
  /** Asked at each resumable offset; true stops the split there. */
  stopAt?: (offset: number) => boolean;
  /** Told the offset of each `--` comment the lexer meets (not those inside quotes or comments). */
  onLineComment?: (offset: number) => void;
}

const STATEMENT_ENDING_META = /^\\(g|gx|gset|gexec|gdesc|crosstabview|watch)\b/;
const COPY_FROM_STDIN = /^\s*copy\b[\s\S]*\bfrom\s+stdin\b/i;
const META_COPY_FROM_STDIN = /^\\copy\b.*\bfrom\s+p?stdin\b/i;
/**
 * A run of characters that cannot end a statement or open a quote, comment, bracket or
 * meta-command. Once a statement's leading words are read, the splitter jumps over such runs in
 * one step instead of a character at a time (most of a file is in them).
 */
const PLAIN_RUN = /[^;'"$()\\\-/]+/y;

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f' || ch === '\v';
}

function isIdentStart(ch: string): boolean {
  return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_' || ch > '\x7f';
}

function isIdentChar(ch: string): boolean {
  return isIdentStart(ch) || (ch >= '0' && ch <= '9') || ch === '$';
}

/** Index of the end of the line that contains `pos` (the index of '\n', or text.length). */
function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl === -1 ? text.length : nl;
}

/** Skips a COPY data block that starts on the line after `pos`; returns the offset after `\.`. */
function skipCopyData(text: string, pos: number, skipped: SkippedBlock[]): number {
  let lineStart = lineEnd(text, pos) + 1;
  const blockStart = lineStart;
  while (lineStart < text.length) {
    const end = lineEnd(text, lineStart);
    const line = text.slice(lineStart, end).replace(/\r$/, '');
    lineStart = end + 1;
    if (line === '\\.') break;
  }
  const blockEnd = Math.min(lineStart, text.length);
  if (blockEnd > blockStart) {
    skipped.push({ kind: 'copy-data', start: blockStart, end: blockEnd, text: '' });
  }
  return blockEnd;
}

export function splitStatements(text: string, options: SplitOptions = {}): SplitResult {
  const trackParens = options.trackParentheses ?? true;
  const statements: RawStatement[] = [];
  const skipped: SkippedBlock[] = [];
  const resumable: number[] = [];
  const n = text.length;

  let start = -1; // first token of the current statement, -1 while none
  let lastTokenEnd = -1;
  let parenDepth = 0;
  let beginDepth = 0;
  let nestedSemicolon = false;
  // psql's heuristic for CREATE [OR REPLACE] FUNCTION|PROCEDURE: first letters of leading words.
  let leadingWords = '';
  let wordCount = 0;
  let routine = false;

  const finish = (endPos: number): void => {
    if (start >= 0) {
      const stmtText = text.slice(start, endPos);
      statements.push({ text: stmtText, start, end: endPos, nestedSemicolon });
      resumable.push(-1);
      if (COPY_FROM_STDIN.test(stmtText)) {
        pendingCopy = true;
      }
    }
    start = -1;
    lastTokenEnd = -1;
    parenDepth = 0;
    beginDepth = 0;
    nestedSemicolon = false;
    leadingWords = '';
    wordCount = 0;
    routine = false;
  };
  let pendingCopy = false;

  const markToken = (pos: number): void => {
    if (start < 0) start = pos;
  };

  let i = options.from ?? 0;
  let stoppedAt: number | undefined;
  let unterminated: Unterminated | undefined;
  while (i < n) {
    const ch = text[i]!;
    const next = i + 1 < n ? text[i + 1]! : '';

    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (ch === '-' && next === '-') {
      options.onLineComment?.(i);
      i = lineEnd(text, i);
      continue;
    }
    if (ch === '/' && next === '*') {
      let depth = 1;
      const opened = i;
      i += 2;
      while (i < n && depth > 0) {
        if (text[i] === '/' && text[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (text[i] === '*' && text[i + 1] === '/') {
          depth--;
          i += 2;
        } else {
          i++;
        }
      }
      if (depth > 0) unterminated ??= { kind: 'comment', start: opened, inStatement: start >= 0 };
      continue;
    }
    if (ch === '\\') {
      const end = lineEnd(text, i);
      const command = text.slice(i, end).replace(/\r$/, '');
      skipped.push({ kind: 'meta-command', start: i, end, text: command });
      if (STATEMENT_ENDING_META.test(command) && start >= 0) {
        finish(lastTokenEnd);
        if (pendingCopy) {
          pendingCopy = false;
          i = skipCopyData(text, i, skipped);
          continue;
        }
      }
      i = end;
      if (META_COPY_FROM_STDIN.test(command)) {
        i = skipCopyData(text, i, skipped);
      }
      continue;
    }
    if (ch === ';') {
      if ((parenDepth > 0 && trackParens) || beginDepth > 0) {
        if (parenDepth > 0) nestedSemicolon = true;
        lastTokenEnd = i + 1;
        i++;
        continue;
      }
      const count = statements.length;
      finish(lastTokenEnd >= 0 ? lastTokenEnd : i);
      if (pendingCopy) {
        pendingCopy = false;
        i = skipCopyData(text, i, skipped);
        continue;
      }
      i++;
      if (statements.length > count) {
        resumable[count] = i;
        if (options.stopAt?.(i)) {
          stoppedAt = i;
          break;
        }
      }
      continue;
    }

    markToken(i);

    // Past the leading words, words matter only in a routine body (BEGIN ATOMIC ... END).
    if (wordCount >= 4 && !routine) {
      PLAIN_RUN.lastIndex = i;
      if (PLAIN_RUN.test(text)) {
        let end = PLAIN_RUN.lastIndex;
        // The statement's text ends at its last token, not at the spaces after it.
        while (end > i && isSpace(text[end - 1]!)) end--;
        lastTokenEnd = end;
        i = PLAIN_RUN.lastIndex;
        continue;
      }
    }

    if (ch === "'") {
      // E'...' strings (prefix handled below) use backslash escapes; plain ones only ''.
      const escapeBackslash = i > 0 && (text[i - 1] === 'E' || text[i - 1] === 'e') &&
        !(i > 1 && isIdentChar(text[i - 2]!));
      const opened = i;
      i = skipQuoted(text, i, "'", escapeBackslash);
      if (i < 0) {
        unterminated ??= { kind: 'quoted string', start: opened, inStatement: true };
        i = n;
      }
      lastTokenEnd = i;
      continue;
    }
    if (ch === '"') {
      const opened = i;
      i = skipQuoted(text, i, '"', false);
      if (i < 0) {
        unterminated ??= { kind: 'quoted identifier', start: opened, inStatement: true };
        i = n;
      }
      lastTokenEnd = i;
      continue;
    }
    if (ch === '$') {
      const tag = /^\$([A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/.exec(text.slice(i, i + 128));
      if (tag && !(i > 0 && isIdentChar(text[i - 1]!))) {
        const close = text.indexOf(tag[0], i + tag[0].length);
        if (close === -1) unterminated ??= { kind: 'dollar-quoted string', start: i, inStatement: true };
        i = close === -1 ? n : close + tag[0].length;
        lastTokenEnd = i;
        continue;
      }
      i++;
      lastTokenEnd = i;
      continue;
    }
    if (ch === '(') {
      parenDepth++;
      i++;
      lastTokenEnd = i;
      continue;
    }
    if (ch === ')') {
      if (parenDepth > 0) parenDepth--;
      i++;
      lastTokenEnd = i;
      continue;
    }
    if (isIdentStart(ch)) {
      let j = i + 1;
      while (j < n && isIdentChar(text[j]!)) j++;
      // Past the fourth word, only BEGIN / CASE / END of a routine body can matter.
      if (wordCount < 4 || (routine && parenDepth === 0 && j - i >= 3 && j - i <= 5)) {
        trackBeginAtomic(text.slice(i, j).toLowerCase());
      } else {
        wordCount++;
      }
      i = j;
      lastTokenEnd = i;
      continue;
    }
    i++;
    lastTokenEnd = i;
  }
  if (stoppedAt !== undefined) return { statements, skipped, resumable, stoppedAt };
  finish(lastTokenEnd);
  return unterminated ? { statements, skipped, resumable, unterminated } : { statements, skipped, resumable };

  function trackBeginAtomic(word: string): void {
    if (wordCount < 4 && (word === 'create' || word === 'function' || word === 'procedure' ||
      word === 'or' || word === 'replace')) {
      leadingWords += word[0];
    } else if (wordCount < 4) {
      leadingWords += '-';
    }
    wordCount++;
    // The leading words stop changing after the fourth: so does the answer.
    if (wordCount <= 4) routine = /^c(f|p|orf|orp)/.test(leadingWords);
    if (!routine || parenDepth > 0) return;
    if (word === 'begin') beginDepth++;
    else if (word === 'case' && beginDepth > 0) beginDepth++;
    else if (word === 'end' && beginDepth > 0) beginDepth--;
  }
}

/** Returns the offset just past the closing quote, or -1 when the text ends first. */
function skipQuoted(text: string, open: number, quote: string, backslashEscapes: boolean): number {
  let i = open + 1;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (backslashEscapes && ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === quote) {
      if (text[i + 1] === quote) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    i++;
  }
  return -1;
}
