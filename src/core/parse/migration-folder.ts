/**
 * A folder of migrations read as one script, the way a migration tool runs it: the up files in
 * migration order, one after another. Pure (the caller lists and reads the files).
 *
 * Order: file paths compared part by part, digit runs as numbers, so `V10__x.sql` follows
 * `V9__x.sql`, `2024-01-02_a/up.sql` follows `2024-01-01_b/up.sql` and `0010_x` follows `0002_y`
 * (Flyway, golang-migrate, dbmate's timestamps, Diesel's and Sqitch-renumbered folders alike).
 * Down and undo scripts (`*.down.sql`, `down.sql`, Flyway's `U1__x.sql`) are not part of the
 * history a database went through, so they are left out.
 */

export interface MigrationFile {
  /** Path inside the folder, `/`-separated (`V1__init.sql`, `2020-01-01_x/up.sql`). */
  path: string;
  text: string;
}

export interface JoinedMigrations {
  text: string;
  /** The files joined, in order, with the 1-based line of the joined text their body starts on. */
  parts: { path: string; firstLine: number }[];
}

const DOWN_SCRIPT = /(^|\/)(down\.sql|[^/]*\.down\.sql|U\d[^/]*\.sql)$/i;

/** True for a file a folder reader takes: an up `.sql` script. */
export function isUpMigration(path: string): boolean {
  return /\.sql$/i.test(path) && !DOWN_SCRIPT.test(path);
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

/** Paths in migration order (see the module comment); down scripts dropped. */
export function migrationOrder(paths: readonly string[]): string[] {
  return paths.filter(isUpMigration).sort((a, b) => {
    const pa = a.split('/');
    const pb = b.split('/');
    for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
      const c = collator.compare(pa[i]!, pb[i]!);
      if (c !== 0) return c;
    }
    return pa.length - pb.length;
  });
}

/**
 * The folder as one script: each file in migration order, after one line `-- ===== <path> =====`
 * and a blank line, ending with a newline (the layout of the corpus's concatenated files, so
 * that a statement never runs on from one file into the next unless the file left it open, as
 * an unterminated statement also would under psql -f of each file in turn).
 */
export function joinMigrations(files: readonly MigrationFile[]): JoinedMigrations {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const chunks: string[] = [];
  const parts: JoinedMigrations['parts'] = [];
  let line = 1;
  for (const path of migrationOrder(files.map((f) => f.path))) {
    const body = byPath.get(path)!.text;
    const header = `${fileHeader(path)}\n\n`;
    const chunk = body.endsWith('\n') || body === '' ? body : `${body}\n`;
    parts.push({ path, firstLine: line + 2 });
    chunks.push(header, chunk);
    line += 2 + countNewlines(chunk);
  }
  return { text: chunks.join(''), parts };
}

/** The comment line a joined text starts each file with. */
function fileHeader(path: string): string {
  return `-- ===== ${path.replace(/[\r\n]/g, ' ')} =====`;
}

/** True for a line `joinMigrations` starts a file with: where one file of a joined text ends. */
export function isFileHeader(line: string): boolean {
  return /^-- ===== .+ =====$/.test(line);
}

/** Which file, and which line in it, a line of the joined text comes from. */
export function locateJoinedLine(joined: JoinedMigrations, line: number): { path: string; line: number } | undefined {
  let found: JoinedMigrations['parts'][number] | undefined;
  for (const part of joined.parts) {
    if (part.firstLine - 2 > line) break;
    found = part;
  }
  if (!found) return undefined;
  return { path: found.path, line: Math.max(1, line - found.firstLine + 1) };
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
