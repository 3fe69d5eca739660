/** A PL/pgSQL function body as libpg-query's PL/pgSQL parser reads it. */
import { parsePlPgSQLSync } from 'libpg-query';

/**
 * The body parsed as a trigger function first (NEW and OLD only parse there), then as a plain
 * one; undefined when it parses as neither.
 */
export function parsePlpgsqlBody(body: string): unknown {
  for (const returns of ['trigger', 'void']) {
    try {
      return parsePlPgSQLSync(`CREATE FUNCTION f() RETURNS ${returns} LANGUAGE plpgsql AS $schemawise_body$${body}$schemawise_body$`);
    } catch {
      // try the next form
    }
  }
  return undefined;
}
