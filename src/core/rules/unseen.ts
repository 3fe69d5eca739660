/**
 * "Could not see": code the import ran past without following (schema.dynamicSql) may have made
 * what a rule looks for, such as a policy created by a function the script calls. Rules then say
 * so instead of asserting the object is absent.
 */
import type { DynamicDdlKind, DynamicSqlSite, Schema, Table } from '../model/types';

/** The first site that may have changed `table` in one of these ways, if any. */
export function unseenChange(schema: Schema, table: Table, kinds: DynamicDdlKind[]): DynamicSqlSite | undefined {
  for (const site of schema.dynamicSql ?? []) {
    // A body that was not seen could do anything; one that was is judged by its words.
    if (site.kinds && !site.kinds.some((k) => k === 'other' || kinds.includes(k))) continue;
    const touches =
      site.tables.length > 0
        ? site.tables.some((t) => t.schema === table.schema && t.name === table.name)
        : site.source !== undefined && table.source !== undefined && table.source.offset < site.source.offset;
    if (touches) return site;
  }
  return undefined;
}

/** `the call of periods.add_period() at line 12` / `the DO block at line 40`, for messages. */
export function describeSite(site: DynamicSqlSite): string {
  const where = site.source ? ` at line ${site.source.line}` : '';
  if (site.via === 'do-block') return `the DO block${where}, whose dynamic SQL the import does not follow`;
  const name = site.routine ? `${site.routine.schema}.${site.routine.name}()` : 'a function';
  return site.kinds ? `the call of ${name}${where}, whose body the import does not follow` : `the call of ${name}${where}, whose body is not in the script`;
}
