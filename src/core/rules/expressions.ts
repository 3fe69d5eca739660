import { keywordKindOf } from '@pgsql/quotes';

/**
 * Column names an expression (canonical SQL text) mentions: identifiers that are neither calls
 * nor keywords, and quoted identifiers. String literals are skipped.
 */
const WORD = /"((?:[^"]|"")+)"|\b([a-z_][a-z0-9_$]*)\b(?!\s*\()/gi;

export function expressionColumnsOf(expression: string): string[] {
  const withoutStrings = expression.replace(/'(?:[^']|'')*'/g, "''");
  const found = new Set<string>();
  for (const match of withoutStrings.matchAll(WORD)) {
    if (match[1] !== undefined) {
      found.add(match[1].replace(/""/g, '"'));
      continue;
    }
    const word = match[2]!.toLowerCase();
    const kind = keywordKindOf(word);
    if (kind === 'NO_KEYWORD' || kind === 'UNRESERVED_KEYWORD') found.add(word);
  }
  return [...found];
}

/** Strips parentheses that wrap the whole expression: `((a))` -> `a`, but not `(a) AND (b)`. */
function stripOuterParens(text: string): string {
  let t = text.trim();
  while (t.startsWith('(') && t.endsWith(')')) {
    let depth = 0;
    let wraps = true;
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '(') depth++;
      else if (t[i] === ')') depth--;
      if (depth === 0 && i < t.length - 1) {
        wraps = false;
        break;
      }
    }
    if (!wraps) break;
    t = t.slice(1, -1).trim();
  }
  return t;
}

/**
 * The top-level AND terms of a predicate (canonical SQL), outer parentheses removed. String
 * literals and parenthesised sub-expressions are kept whole.
 */
export function conjunctsOf(expression: string): string[] {
  return topLevelTerms(expression, 'AND');
}

/** The top-level OR terms of a predicate, as `conjunctsOf` gives its AND terms. */
export function disjunctsOf(expression: string): string[] {
  return topLevelTerms(expression, 'OR');
}

function topLevelTerms(expression: string, operator: 'AND' | 'OR'): string[] {
  const text = stripOuterParens(expression);
  const separator = new RegExp(`^\\s+${operator}\\s+`, 'i');
  const terms: string[] = [];
  let depth = 0;
  let start = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") quoted = !quoted;
    if (quoted) continue;
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (depth === 0 && /\s/.test(ch)) {
      const skip = separator.exec(text.slice(i))?.[0].length;
      if (skip === undefined) continue;
      terms.push(text.slice(start, i));
      start = i + skip;
      i = start - 1;
    }
  }
  terms.push(text.slice(start));
  return terms.map(stripOuterParens).filter((t) => t.length > 0);
}

/** The column a `col IS NOT NULL` term tests, or undefined for any other term. */
export function notNullTestColumn(term: string): string | undefined {
  return nullTest(term, /^(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))\s+IS\s+NOT\s+NULL$/i);
}

/** The column a `col IS NULL` term tests, or undefined for any other term. */
export function nullTestColumn(term: string): string | undefined {
  return nullTest(term, /^(?:"((?:[^"]|"")+)"|([a-z_][a-z0-9_$]*))\s+IS\s+NULL$/i);
}

function nullTest(term: string, shape: RegExp): string | undefined {
  const m = shape.exec(stripOuterParens(term));
  if (!m) return undefined;
  return m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!.toLowerCase();
}
