/**
 * Work on expressions the model keeps as canonical text: Postgres stores them as trees over
 * column numbers, so a column rename or drop reaches into them; here the text is parsed again.
 */
import { parseSync } from 'libpg-query';
import type { Node } from '@pgsql/types';
import { deparseNode, type Fields, referencedColumns } from '../ast';

const columnsCache = new Map<string, string[]>();

/** The expression's parse tree (as the value of `SELECT <expression>`), or undefined. */
function parseExpression(expression: string): Node | undefined {
  try {
    const stmt = parseSync(`SELECT ${expression}`).stmts?.[0]?.stmt as Fields | undefined;
    return stmt?.SelectStmt?.targetList?.[0]?.ResTarget?.val as Node | undefined;
  } catch {
    return undefined;
  }
}

export function expressionColumns(expression: string): string[] {
  let columns = columnsCache.get(expression);
  if (!columns) {
    const tree = parseExpression(expression);
    columns = tree ? referencedColumns(tree) : [];
    columnsCache.set(expression, columns);
  }
  return columns;
}

export function expressionUsesColumn(expression: string, column: string): boolean {
  return expressionColumns(expression).includes(column);
}

/** An expression written by hand, in the deparser's canonical spelling. */
export function canonicalExpression(expression: string): string {
  const tree = parseExpression(expression);
  return tree ? deparseNode(tree) : expression;
}
