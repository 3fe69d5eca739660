/** "Open" of a .dbml file: converted to PostgreSQL DDL (dbml-file.ts), which replaces the source. */
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { dbmlToSql, isDbmlFile, sqlNameOf } from './dbml-file';

export { isDbmlFile };

export async function openDbmlFile(file: File): Promise<boolean> {
  const app = useApp.getState();
  let sql: string;
  try {
    sql = await dbmlToSql(await file.text());
  } catch (error) {
    // The source stays as it was: a DBML file that does not read is not half-opened.
    app.notify('error', `Could not read ${file.name} as DBML: ${error instanceof Error ? error.message : String(error)}`);
    return false;
  }
  execute('replace-source', { sql, name: sqlNameOf(file.name) });
  app.notify('success', `Opened ${file.name}, converted to PostgreSQL DDL.`);
  return true;
}
