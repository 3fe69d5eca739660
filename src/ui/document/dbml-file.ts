/**
 * DBML files (dbdiagram.io's format) opened as PostgreSQL DDL. @dbml/core reads the DBML and
 * writes the DDL; the SQL then replaces the source like any opened .sql file, so the importer,
 * the linter and the canvas see what they always see. @dbml/core is one ~16 MB module that does
 * not tree-shake: it is imported only when a .dbml file is opened, as its own chunk, so the
 * app's first load does not carry it.
 */

export function isDbmlFile(file: { name: string }): boolean {
  return /\.dbml$/i.test(file.name);
}

/** `shop.dbml` -> `shop.sql`: the source is SQL from here on (saved, exported and shared as such). */
export function sqlNameOf(dbmlName: string): string {
  return dbmlName.replace(/\.dbml$/i, '') + '.sql';
}

interface DbmlDiagnostic {
  message?: string;
  location?: { start?: { line?: number; column?: number } };
}

/**
 * What @dbml/core threw, as one line for the user: it throws `{ diags: [...] }` (not an Error)
 * with a message and a place per problem; the first one is the one to fix first.
 */
export function describeDbmlError(error: unknown): string {
  const diags = (error as { diags?: DbmlDiagnostic[] } | undefined)?.diags;
  const first = Array.isArray(diags) ? diags[0] : undefined;
  if (first?.message) {
    const start = first.location?.start;
    const where = start?.line !== undefined ? `line ${start.line}${start.column !== undefined ? `, column ${start.column}` : ''}: ` : '';
    const more = diags!.length > 1 ? ` (and ${diags!.length - 1} more)` : '';
    return `${where}${first.message}${more}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** The DBML as PostgreSQL DDL; throws an Error whose message says what is wrong and where. */
export async function dbmlToSql(text: string): Promise<string> {
  const { exporter } = await import('@dbml/core');
  try {
    return exporter.export(text, 'postgres');
  } catch (error) {
    throw new Error(describeDbmlError(error));
  }
}
