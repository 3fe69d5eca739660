/**
 * The incremental import (src/core/parse/parse-cache.ts, split-incremental.ts) gives what the
 * full import gives (and its split what the full split gives), on
 * every corpus file, under the edits an editor makes: a statement deleted, cut short (a syntax
 * error), duplicated, changed in its middle, text inserted before it (every later offset and line
 * moves), and each undone again; and for small files, the file typed in statement by statement.
 * The cache's trees are frozen here, so a statement handler that wrote into a tree (which would
 * corrupt the next import's model) throws and shows up as a difference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { importSql, initParser, ParseCache, splitStatements, type ImportResult } from '../../../src/core/parse';
import { type PreviousSplit, splitIncrementally } from '../../../src/core/parse/split-incremental';

import { CORPUS_DIR } from '../../support/corpus';
const FILES = readdirSync(CORPUS_DIR)
  .filter((f) => f.endsWith('.sql'))
  .sort();
/** Statements edited per file (spread evenly over it). */
const EDITED = 3;

beforeAll(async () => {
  await initParser();
});

/** The result without its timings (which differ from run to run). */
function comparable(result: ImportResult): Omit<ImportResult, 'timings'> {
  const { timings: _timings, ...rest } = result;
  return rest;
}

type Edit = (text: string, start: number, end: number) => string;

function insertMiddle(text: string, start: number, end: number, inserted: string): string {
  const middle = start + ((end - start) >> 1);
  return `${text.slice(0, middle)}${inserted}${text.slice(middle)}`;
}

/**
 * Each edit, and how many statements the edited import and its undo may parse at most: only the
 * statements of the last import are kept, so undoing an edit that replaced a statement's text
 * parses the old text again; a statement cut short can swallow the rest of the file (an open
 * quote), whose statements are then all new.
 */
const EDITS: Record<string, { edit: Edit; parsed: number; undoParsed: number }> = {
  delete: { edit: (text, start, end) => text.slice(0, start) + text.slice(end), parsed: 0, undoParsed: 1 },
  'cut short': {
    edit: (text, start, end) => text.slice(0, start) + text.slice(start, start + Math.ceil((end - start) / 2)) + text.slice(end),
    parsed: Infinity,
    undoParsed: Infinity,
  },
  duplicate: { edit: (text, start, end) => `${text.slice(0, end)};\n${text.slice(start, end)}${text.slice(end)}`, parsed: 0, undoParsed: 0 },
  'typed in the middle': {
    edit: (text, start, end) => insertMiddle(text, start, end, 'x'),
    parsed: 1,
    undoParsed: 1,
  },
  // Typed characters that change how the rest of the file splits (until the scanner is back in step).
  'quote opened': { edit: (text, start, end) => insertMiddle(text, start, end, "'"), parsed: Infinity, undoParsed: Infinity },
  'comment opened': { edit: (text, start, end) => insertMiddle(text, start, end, '/*'), parsed: Infinity, undoParsed: Infinity },
  'parenthesis opened': { edit: (text, start, end) => insertMiddle(text, start, end, '('), parsed: Infinity, undoParsed: Infinity },
  'dollar quote opened': { edit: (text, start) => `${text.slice(0, start)}SELECT $x$ ${text.slice(start)}`, parsed: Infinity, undoParsed: Infinity },
  'lines inserted before': { edit: (text, start) => `${text.slice(0, start)}-- a comment\n\n${text.slice(start)}`, parsed: 0, undoParsed: 0 },
};

describe('incremental import equals the full import', () => {
  for (const file of FILES) {
    test(file, () => {
      const original = readFileSync(join(CORPUS_DIR, file), 'utf8');
      const cache = new ParseCache({ freeze: true });
      let previousSplit: PreviousSplit | undefined;
      const check = (text: string): ImportResult => {
        const split = splitIncrementally(text, previousSplit);
        expect(split).toEqual(splitStatements(text));
        previousSplit = { text, result: split };
        const incremental = importSql(text, { cache });
        expect(comparable(incremental)).toEqual(comparable(importSql(text)));
        return incremental;
      };
      check(original);

      const statements = splitStatements(original).statements;
      const step = Math.max(1, Math.floor(statements.length / EDITED));
      for (let i = step >> 1; i < statements.length; i += step) {
        const { start, end } = statements[i]!;
        for (const [name, { edit, parsed, undoParsed }] of Object.entries(EDITS)) {
          const result = check(edit(original, start, end));
          expect(result.timings!.parsed, `${name} at statement ${i}`).toBeLessThanOrEqual(parsed);
          const undone = check(original);
          expect(undone.timings!.parsed, `undo of ${name} at statement ${i}`).toBeLessThanOrEqual(undoParsed);
        }
      }
    });
  }

  test('small files typed in statement by statement', () => {
    for (const file of ['guacamole.sql', 'kestra-initial.sql', 'temporal.sql']) {
      const text = readFileSync(join(CORPUS_DIR, file), 'utf8');
      const cache = new ParseCache({ freeze: true });
      for (const statement of splitStatements(text).statements) {
        const prefix = text.slice(0, statement.end);
        const incremental = importSql(prefix, { cache });
        expect(comparable(incremental), `${file} up to offset ${statement.end}`).toEqual(comparable(importSql(prefix)));
        expect(incremental.timings!.parsed).toBeLessThanOrEqual(1);
      }
    }
  });
});
