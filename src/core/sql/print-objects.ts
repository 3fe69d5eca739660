/** SQL for collations and extended statistics objects (printer and planner). */
import { quoteIdent, quoteLiteral, quoteQualified, sqlFragment } from './safe-text';
import type { Collation, Extension, StatisticsObject } from '../model/types';

/** Option values: a plain word (icu, false) bare, anything else as a string literal. */
function optionValue(value: string): string {
  return value === 'true' || value === 'false' || (/^[a-z_][a-z0-9_]*$/.test(value) && quoteIdent(value) === value) ? value : quoteLiteral(value);
}

export function collationSql(collation: Collation): string {
  const name = quoteQualified(collation);
  if (collation.from) {
    const from = collation.from.schema === 'pg_catalog' ? quoteIdent(collation.from.name) : quoteQualified(collation.from);
    return `CREATE COLLATION ${name} FROM ${from};`;
  }
  const options = Object.entries(collation.options).map(([key, value]) => `${quoteIdent(key)} = ${optionValue(value)}`);
  return `CREATE COLLATION ${name} (${options.join(', ')});`;
}

export function statisticsSql(statistics: StatisticsObject): string {
  const kinds = statistics.kinds.length > 0 ? ` (${statistics.kinds.map(quoteIdent).join(', ')})` : '';
  // Elements are kept as SQL: a quoted column name or a parenthesized expression.
  const elements = statistics.elements.map((e) => sqlFragment(e, `an element of statistics ${statistics.name}`));
  return `CREATE STATISTICS ${quoteQualified(statistics)}${kinds} ON ${elements.join(', ')} FROM ${quoteQualified(statistics.table)};`;
}

export function statisticsTargetSql(statistics: { schema: string; name: string }, target: number | undefined): string {
  return `ALTER STATISTICS ${quoteQualified(statistics)} SET STATISTICS ${Number.isInteger(target) ? target : -1};`;
}

export function extensionSql(e: Extension): string {
  const schema = e.schema ? ` WITH SCHEMA ${quoteIdent(e.schema)}` : '';
  const version = e.version !== undefined ? ` VERSION ${quoteLiteral(e.version)}` : '';
  return `CREATE EXTENSION IF NOT EXISTS ${quoteIdent(e.name)}${schema}${version};`;
}
