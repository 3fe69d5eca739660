/** The text form of `schemawise model`: compact, one line per column, constraint or index. */
import { quoteIdent, quoteQualified, type SchemaSummary } from '../core/model';
import { formatType } from '../core/model/format-type';
import type {
  Column,
  ExclusionConstraint,
  ForeignKey,
  Index,
  QualifiedName,
  Schema,
  Table,
  Trigger,
  View,
} from '../core/model';
import type { ParseIssue } from '../core/parse';
import { indexElementSql, opclassSql, REFERENTIAL_ACTION_SQL } from '../core/sql';
import { appendAll } from '../core/lib/arrays';

const SUMMARY_LABELS: [keyof SchemaSummary, string][] = [
  ['tables', 'tables'],
  ['views', 'views'],
  ['materializedViews', 'materialized views'],
  ['columns', 'columns'],
  ['primaryKeys', 'primary keys'],
  ['foreignKeys', 'foreign keys'],
  ['uniqueConstraints', 'unique constraints'],
  ['checks', 'checks'],
  ['exclusions', 'exclusion constraints'],
  ['indexes', 'indexes'],
  ['partialIndexes', 'partial indexes'],
  ['triggers', 'triggers'],
];

export function renderSummary(summary: SchemaSummary): string {
  return SUMMARY_LABELS.map(([key, label]) => `${summary[key]} ${label}`).join(', ');
}

const byName = <T extends QualifiedName>(a: T, b: T): number =>
  a.schema === b.schema ? compare(a.name, b.name) : compare(a.schema, b.schema);
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const names = (list: string[]): string => list.map(quoteIdent).join(', ');
const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

function column(c: Column): string {
  let line = `${quoteIdent(c.name)} ${formatType(c.type)}`;
  if (c.collation) line += ` COLLATE ${c.collation}`;
  if (c.notNull) line += ' NOT NULL';
  if (c.default !== undefined) line += ` DEFAULT ${oneLine(c.default)}`;
  if (c.identity) line += ` GENERATED ${c.identity.kind === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY`;
  if (c.generated) line += ` GENERATED ALWAYS AS (${oneLine(c.generated.expression)})${c.generated.stored ? ' STORED' : ''}`;
  if (c.inherited) line += ' (inherited)';
  return line;
}

function foreignKey(fk: ForeignKey): string {
  let line = `FOREIGN KEY ${quoteIdent(fk.name)} (${names(fk.columns)}) REFERENCES ${quoteQualified(fk.references)}`;
  if (fk.referencedColumns.length > 0) line += ` (${names(fk.referencedColumns)})`;
  if (fk.match !== 'simple') line += ` MATCH ${fk.match.toUpperCase()}`;
  if (fk.onUpdate !== 'no-action') line += ` ON UPDATE ${REFERENTIAL_ACTION_SQL[fk.onUpdate]}`;
  if (fk.onDelete !== 'no-action') line += ` ON DELETE ${REFERENTIAL_ACTION_SQL[fk.onDelete]}`;
  if (fk.deferrable) line += fk.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
  if (fk.notValid) line += ' NOT VALID';
  return line;
}

function index(i: Index): string {
  let line = `${i.unique ? 'UNIQUE INDEX' : 'INDEX'} ${quoteIdent(i.name)}`;
  if (i.only) line += ' ON ONLY';
  if (i.method !== 'btree') line += ` USING ${i.method}`;
  line += ` (${i.elements.map((e) => oneLine(indexElementSql(e))).join(', ')})`;
  if (i.include.length > 0) line += ` INCLUDE (${names(i.include)})`;
  if (i.nullsNotDistinct) line += ' NULLS NOT DISTINCT';
  if (i.where) line += ` WHERE ${oneLine(i.where)}`;
  return line;
}

function exclusion(x: ExclusionConstraint): string {
  const elements = x.elements.map(
    (e) =>
      `${e.column !== undefined ? quoteIdent(e.column) : `(${oneLine(e.expression ?? '')})`}${opclassSql(e)} WITH ${e.operator}`,
  );
  let line = `EXCLUDE ${quoteIdent(x.name)} USING ${x.method} (${elements.join(', ')})`;
  if (x.include.length > 0) line += ` INCLUDE (${names(x.include)})`;
  if (x.where) line += ` WHERE (${oneLine(x.where)})`;
  return line;
}

function trigger(t: Trigger): string {
  const events = t.events
    .map((e) => (e === 'update' && t.updateColumns.length > 0 ? `UPDATE OF ${names(t.updateColumns)}` : e.toUpperCase()))
    .join(' OR ');
  let line = `${t.constraint ? 'CONSTRAINT TRIGGER' : 'TRIGGER'} ${quoteIdent(t.name)} ${t.timing.replace('-', ' ').toUpperCase()} ${events}`;
  line += ` FOR EACH ${t.level.toUpperCase()}`;
  if (t.when) line += ` WHEN (${oneLine(t.when)})`;
  line += ` EXECUTE ${quoteQualified(t.function)}(${t.arguments.join(', ')})`;
  if (!t.enabled) line += ' (disabled)';
  return line;
}

function table(t: Table): string[] {
  const notes: string[] = [];
  if (t.partitioning) {
    const keys = t.partitioning.keys.map((k) => (k.column !== undefined ? quoteIdent(k.column) : `(${k.expression ?? ''})`));
    notes.push(`PARTITION BY ${t.partitioning.strategy.toUpperCase()} (${keys.join(', ')})`);
  }
  if (t.partitionOf) notes.push(`PARTITION OF ${quoteQualified(t.partitionOf.parent)} ${oneLine(t.partitionOf.bound)}`);
  if (t.inherits.length > 0) notes.push(`INHERITS (${t.inherits.map(quoteQualified).join(', ')})`);
  if (t.unlogged) notes.push('UNLOGGED');
  if (t.rowLevelSecurity) notes.push(t.forceRowLevelSecurity ? 'ROW LEVEL SECURITY (forced)' : 'ROW LEVEL SECURITY');
  const lines = [`${quoteQualified(t)}${notes.length > 0 ? `  [${notes.join('; ')}]` : ''}`];
  // Partitions repeat their parent's columns and constraints; the parent shows them.
  if (!t.partitionOf) for (const c of t.columns) lines.push(`  ${column(c)}`);
  if (t.primaryKey) {
    const pk = t.primaryKey;
    lines.push(`  PRIMARY KEY ${quoteIdent(pk.name)} (${names(pk.columns)}${pk.withoutOverlaps ? ' WITHOUT OVERLAPS' : ''})${pk.include.length > 0 ? ` INCLUDE (${names(pk.include)})` : ''}`);
  }
  for (const u of t.uniqueConstraints) {
    lines.push(`  UNIQUE ${quoteIdent(u.name)} (${names(u.columns)}${u.withoutOverlaps ? ' WITHOUT OVERLAPS' : ''})${u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : ''}`);
  }
  for (const fk of t.foreignKeys) lines.push(`  ${foreignKey(fk)}`);
  for (const ck of t.checks) {
    if (ck.inherited) continue;
    lines.push(`  CHECK ${quoteIdent(ck.name)} (${oneLine(ck.expression)})${ck.notValid ? ' NOT VALID' : ''}`);
  }
  for (const x of t.exclusions) lines.push(`  ${exclusion(x)}`);
  for (const i of t.indexes) lines.push(`  ${index(i)}`);
  for (const tr of t.triggers) lines.push(`  ${trigger(tr)}`);
  for (const p of t.policies) lines.push(`  POLICY ${quoteIdent(p.name)} FOR ${p.command.toUpperCase()}${p.permissive ? '' : ' RESTRICTIVE'}`);
  return lines;
}

function view(v: View): string[] {
  const head = `${v.materialized ? 'materialized view' : 'view'} ${quoteQualified(v)}`;
  const columns = v.columnNames.length > 0 ? ` (${names(v.columnNames)})` : '';
  const reads = v.dependsOn.length > 0 ? `  reads ${v.dependsOn.map(quoteQualified).join(', ')}` : '';
  const lines = [`${head}${columns}${reads}`];
  for (const i of v.indexes) lines.push(`  ${index(i)}`);
  for (const tr of v.triggers) lines.push(`  ${trigger(tr)}`);
  return lines;
}

export function renderIssue(file: string, issue: ParseIssue): string {
  return `${file}:${issue.line}:${issue.column} ${issue.severity} ${oneLine(issue.message)}`;
}

export function renderModelText(file: string, schema: Schema, summary: SchemaSummary, issues: ParseIssue[]): string {
  const out: string[] = [`${file}: ${renderSummary(summary)}`];
  const tables = Object.values(schema.tables).sort(byName);
  if (tables.length > 0) out.push('');
  for (const t of tables) appendAll(out, table(t)).push('');
  const views = Object.values(schema.views).sort(byName);
  if (views.length > 0 && tables.length === 0) out.push('');
  for (const v of views) appendAll(out, view(v));
  if (views.length > 0) out.push('');
  if (issues.length > 0) {
    const counts = (['error', 'warning', 'info'] as const)
      .map((severity) => [severity, issues.filter((i) => i.severity === severity).length] as const)
      .filter(([, n]) => n > 0)
      .map(([severity, n]) => `${n} ${severity}${n === 1 ? '' : 's'}`);
    if (out[out.length - 1] !== '') out.push('');
    out.push(`Issues (${counts.join(', ')}):`);
    for (const issue of issues) out.push(renderIssue(file, issue));
  }
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
