/**
 * The cheap test before a rename is followed into stored SQL: text that does not contain the old
 * name cannot mention it. Pure text (no parser), so the page's side of a rename can use it too.
 */
import type { SqlRename } from './rename-sql';

export function mayMention(sql: string, rename: SqlRename): boolean {
  const name = rename.kind === 'column' ? rename.from : rename.from.name;
  const text = sql.toLowerCase();
  // Written quoted, a name's double quotes are doubled; a star may stand for the renamed column.
  return text.includes(name.toLowerCase()) || text.includes(name.replace(/"/g, '""').toLowerCase()) || (rename.kind === 'column' && sql.includes('*')) || (rename.kind === 'column' && sql.includes(rename.to));
}
