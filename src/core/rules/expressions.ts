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
