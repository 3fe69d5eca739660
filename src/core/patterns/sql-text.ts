/**
 * Expressions and queries a pattern composes, in the deparser's canonical spelling (the model
 * keeps canonical text, so a printed and re-imported target compares equal). Needs the parser
 * loaded (`initParser()`, which every import has done); without it the text is kept as written.
 */
import type { Node } from '@pgsql/types';
import { parseSync } from 'libpg-query';
import { deparseNode } from '../parse/ast';
import { canonicalExpression } from '../parse/statements/expressions';

export function canonical(expression: string): string {
  return canonicalExpression(expression);
}

export function canonicalQuery(query: string): string {
  try {
    const stmt = parseSync(query).stmts?.[0]?.stmt as Node | undefined;
    return stmt ? deparseNode(stmt) : query;
  } catch {
    return query;
  }
}

/** The parse tree of a query (undefined when the parser is not loaded or the text does not parse). */
export function parseQuery(query: string): Record<string, unknown> | undefined {
  try {
    return parseSync(query).stmts?.[0]?.stmt as Record<string, unknown> | undefined;
  } catch {
    return undefined;
  }
}

/** Word match of a column name in an expression (quoted or not). */
export function mentionsColumn(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^a-z0-9_$"])("${escaped}"|${escaped})($|[^a-z0-9_$"])`, 'i').test(text);
}
