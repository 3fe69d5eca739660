/**
 * SQL for the parts of objects: column definitions, constraint clauses, index definitions,
 * trigger and policy statements. Shared by the schema printer and the migration planner.
 */
import { formatType } from '../model/format-type';
import { defaultClause } from './default-expression';
import { dottedName, keywordFor, numberSql, operatorSql, quoteIdent, quoteLiteral, quoteQualified, sqlFragment, storageOption, upperKeywords } from './safe-text';
import type {
  CheckConstraint,
  Column,
  ExclusionConstraint,
  ForeignKey,
  Index,
  IndexElement,
  Policy,
  PrimaryKey,
  QualifiedName,
  ReferentialAction,
  SequenceOptions,
  Trigger,
  UniqueConstraint,
} from '../model/types';

export const ident = quoteIdent;
export const qualified = quoteQualified;

export function identList(names: string[]): string {
  return names.map(quoteIdent).join(', ');
}

export function sequenceOptionsSql(options: SequenceOptions): string {
  const parts: string[] = [];
  if (options.dataType) parts.push(`AS ${formatType({ name: options.dataType, modifiers: [], arrayDims: 0 })}`);
  if (options.increment !== undefined) parts.push(`INCREMENT BY ${numberSql(options.increment, 'a sequence increment')}`);
  if (options.minValue === null) parts.push('NO MINVALUE');
  else if (options.minValue !== undefined) parts.push(`MINVALUE ${numberSql(options.minValue, 'a sequence minimum')}`);
  if (options.maxValue === null) parts.push('NO MAXVALUE');
  else if (options.maxValue !== undefined) parts.push(`MAXVALUE ${numberSql(options.maxValue, 'a sequence maximum')}`);
  if (options.start !== undefined) parts.push(`START WITH ${numberSql(options.start, 'a sequence start')}`);
  if (options.cache !== undefined) parts.push(`CACHE ${numberSql(options.cache, 'a sequence cache size')}`);
  // NO CYCLE is the default; it is written back when the source wrote it, so the model reads back the same
  if (options.cycle === true) parts.push('CYCLE');
  else if (options.cycle === false) parts.push('NO CYCLE');
  return parts.join(' ');
}

export function columnSql(column: Column): string {
  const parts = [quoteIdent(column.name), formatType(column.type)];
  if (column.collation) parts.push(`COLLATE ${dottedName(column.collation)}`);
  if (column.identity) {
    const options = column.identity.sequenceOptions ? sequenceOptionsSql(column.identity.sequenceOptions) : '';
    parts.push(`GENERATED ${column.identity.kind === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${options ? ` (${options})` : ''}`);
  }
  if (column.generated) parts.push(`GENERATED ALWAYS AS (${sqlFragment(column.generated.expression, `the expression of ${column.name}`)}) ${column.generated.stored ? 'STORED' : 'VIRTUAL'}`);
  if (column.default !== undefined && !column.identity && !column.generated) parts.push(defaultClause(column.default, `the default of ${column.name}`));
  if (column.notNull && !column.identity) parts.push('NOT NULL');
  return parts.join(' ');
}

/** A constraint's deferrability as ALTER CONSTRAINT writes it (every part spelled out). */
export function deferrabilitySql(c: { deferrable: boolean; initiallyDeferred: boolean }): string {
  if (!c.deferrable) return 'NOT DEFERRABLE';
  return c.initiallyDeferred ? 'DEFERRABLE INITIALLY DEFERRED' : 'DEFERRABLE INITIALLY IMMEDIATE';
}

function deferrableSql(c: { deferrable: boolean; initiallyDeferred: boolean }): string {
  if (!c.deferrable) return '';
  return c.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
}

function includeSql(include: string[]): string {
  return include.length > 0 ? ` INCLUDE (${identList(include)})` : '';
}

/** ` WITH (...)`: an index's (or a key's index's) storage parameters. */
function storageSql(options: string[] | undefined): string {
  return options?.length ? ` WITH (${options.map(storageOption).join(', ')})` : '';
}

export const REFERENTIAL_ACTION_SQL: Record<ReferentialAction, string> = {
  'no-action': 'NO ACTION',
  restrict: 'RESTRICT',
  cascade: 'CASCADE',
  'set-null': 'SET NULL',
  'set-default': 'SET DEFAULT',
};

const MATCH = upperKeywords(['simple', 'full', 'partial'] as const);
const NULLS = upperKeywords(['first', 'last'] as const);
const TIMING = upperKeywords(['before', 'after', 'instead-of'] as const);
const EVENT = upperKeywords(['insert', 'update', 'delete', 'truncate'] as const);
const LEVEL = upperKeywords(['row', 'statement'] as const);
const COMMAND = upperKeywords(['all', 'select', 'insert', 'update', 'delete'] as const);

/** A key's column list, the last column marked (`WITHOUT OVERLAPS` after it, `PERIOD` before it). */
function keyColumnsSql(columns: string[], last: { before?: string; after?: string }): string {
  return columns.map((c, i) => (i === columns.length - 1 ? `${last.before ?? ''}${quoteIdent(c)}${last.after ?? ''}` : quoteIdent(c))).join(', ');
}

export function primaryKeySql(pk: PrimaryKey): string {
  return `CONSTRAINT ${quoteIdent(pk.name)} PRIMARY KEY (${keyColumnsSql(pk.columns, { after: pk.withoutOverlaps ? ' WITHOUT OVERLAPS' : '' })})${includeSql(pk.include)}${storageSql(pk.options)}${deferrableSql(pk)}`;
}

export function uniqueSql(u: UniqueConstraint): string {
  const nulls = u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  return `CONSTRAINT ${quoteIdent(u.name)} UNIQUE${nulls} (${keyColumnsSql(u.columns, { after: u.withoutOverlaps ? ' WITHOUT OVERLAPS' : '' })})${includeSql(u.include)}${storageSql(u.options)}${deferrableSql(u)}`;
}

export function checkSql(c: CheckConstraint): string {
  return `CONSTRAINT ${quoteIdent(c.name)} CHECK (${sqlFragment(c.expression, `check ${c.name}`)})${c.noInherit ? ' NO INHERIT' : ''}${c.notValid ? ' NOT VALID' : ''}`;
}

export function exclusionSql(x: ExclusionConstraint): string {
  const elements = x.elements
    .map((e) => `${e.column ? quoteIdent(e.column) : `(${sqlFragment(e.expression ?? '', `an expression of ${x.name}`)})`}${opclassSql(e)} WITH ${operatorSql(e.operator)}`)
    .join(', ');
  const where = x.where ? ` WHERE (${sqlFragment(x.where, `the predicate of ${x.name}`)})` : '';
  return `CONSTRAINT ${quoteIdent(x.name)} EXCLUDE USING ${quoteIdent(x.method)} (${elements})${includeSql(x.include)}${storageSql(x.options)}${where}${deferrableSql(x)}`;
}

export function foreignKeySql(fk: ForeignKey): string {
  const match = fk.match !== 'simple' ? ` MATCH ${keywordFor(fk.match, MATCH, `the MATCH of ${fk.name}`)}` : '';
  const onUpdate = fk.onUpdate !== 'no-action' ? ` ON UPDATE ${keywordFor(fk.onUpdate, REFERENTIAL_ACTION_SQL, `ON UPDATE of ${fk.name}`)}` : '';
  const setColumns = fk.onDeleteColumns?.length ? ` (${identList(fk.onDeleteColumns)})` : '';
  const onDelete = fk.onDelete !== 'no-action' ? ` ON DELETE ${keywordFor(fk.onDelete, REFERENTIAL_ACTION_SQL, `ON DELETE of ${fk.name}`)}${setColumns}` : '';
  const period = { before: fk.period ? 'PERIOD ' : '' };
  const target = fk.referencedColumns.length > 0 ? ` (${keyColumnsSql(fk.referencedColumns, period)})` : '';
  return `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${keyColumnsSql(fk.columns, period)}) REFERENCES ${quoteQualified(fk.references)}${target}${match}${onUpdate}${onDelete}${deferrableSql(fk)}${fk.notValid ? ' NOT VALID' : ''}`;
}

/** ` opclass (key=value, ...)`: an element's operator class and its parameters, if any. */
export function opclassSql(e: { opclass?: string; opclassOptions?: string[] }): string {
  if (!e.opclass) return '';
  const options = e.opclassOptions?.length ? ` (${e.opclassOptions.map(storageOption).join(', ')})` : '';
  return ` ${dottedName(e.opclass)}${options}`;
}

export function indexElementSql(e: IndexElement): string {
  let sql = e.column ? quoteIdent(e.column) : `(${sqlFragment(e.expression ?? '', 'an index expression')})`;
  if (e.collation) sql += ` COLLATE ${dottedName(e.collation)}`;
  sql += opclassSql(e);
  if (e.descending) sql += ' DESC';
  if (e.nulls) sql += ` NULLS ${keywordFor(e.nulls, NULLS, 'NULLS of an index element')}`;
  return sql;
}

export function indexSql(index: Index, on: QualifiedName, options: { concurrently?: boolean; ifNotExists?: boolean } = {}): string {
  const ifNotExists = options.ifNotExists ? 'IF NOT EXISTS ' : '';
  const unique = index.unique ? 'UNIQUE ' : '';
  const concurrently = options.concurrently ? 'CONCURRENTLY ' : '';
  const only = index.only ? 'ONLY ' : '';
  const nulls = index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  const where = index.where ? ` WHERE (${sqlFragment(index.where, `the predicate of index ${index.name}`)})` : '';
  return `CREATE ${unique}INDEX ${concurrently}${ifNotExists}${quoteIdent(index.name)} ON ${only}${quoteQualified(on)} USING ${quoteIdent(index.method)} (${index.elements.map(indexElementSql).join(', ')})${includeSql(index.include)}${nulls}${storageSql(index.options)}${where}`;
}

/** `ALTER VIEW v ALTER COLUMN c SET DEFAULT ...` (DROP DEFAULT for none): a plain view's column default. */
export function viewColumnDefaultSql(view: QualifiedName, column: string, value: string | undefined): string {
  const action = value === undefined ? 'DROP DEFAULT' : `SET DEFAULT ${sqlFragment(value, `the default of ${view.name}.${column}`)}`;
  return `ALTER VIEW ${quoteQualified(view)} ALTER COLUMN ${quoteIdent(column)} ${action};`;
}

export function triggerSql(trigger: Trigger, on: QualifiedName): string {
  const timing = keywordFor(trigger.timing, TIMING, `the timing of trigger ${trigger.name}`);
  const events = trigger.events
    .map((e) => (e === 'update' && trigger.updateColumns.length > 0 ? `UPDATE OF ${identList(trigger.updateColumns)}` : keywordFor(e, EVENT, `an event of trigger ${trigger.name}`)))
    .join(' OR ');
  const constraint = trigger.constraint ? 'CONSTRAINT ' : '';
  const deferrable = trigger.constraint ? deferrableSql(trigger) : '';
  const transitions = trigger.transitionTables
    ? ` REFERENCING${trigger.transitionTables.old ? ` OLD TABLE AS ${quoteIdent(trigger.transitionTables.old)}` : ''}${trigger.transitionTables.new ? ` NEW TABLE AS ${quoteIdent(trigger.transitionTables.new)}` : ''}`
    : '';
  const when = trigger.when ? ` WHEN (${sqlFragment(trigger.when, `the condition of trigger ${trigger.name}`)})` : '';
  const args = trigger.arguments.map(quoteLiteral).join(', ');
  return `CREATE ${constraint}TRIGGER ${quoteIdent(trigger.name)} ${timing} ${events} ON ${quoteQualified(on)}${deferrable}${transitions} FOR EACH ${keywordFor(trigger.level, LEVEL, `the level of trigger ${trigger.name}`)}${when} EXECUTE FUNCTION ${quoteQualified(trigger.function)}(${args})`;
}

export function policySql(policy: Policy, on: QualifiedName): string {
  const roles = policy.roles.map((r) => (r === 'public' || r === 'current_user' || r === 'session_user' || r === 'current_role' ? r : quoteIdent(r))).join(', ');
  const using = policy.using ? ` USING (${sqlFragment(policy.using, `the USING expression of policy ${policy.name}`)})` : '';
  const check = policy.withCheck ? ` WITH CHECK (${sqlFragment(policy.withCheck, `the WITH CHECK expression of policy ${policy.name}`)})` : '';
  return `CREATE POLICY ${quoteIdent(policy.name)} ON ${quoteQualified(on)} AS ${policy.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${keywordFor(policy.command, COMMAND, `the command of policy ${policy.name}`)} TO ${roles}${using}${check}`;
}
