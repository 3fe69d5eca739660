/**
 * SQL for the parts of objects: column definitions, constraint clauses, index definitions,
 * trigger and policy statements. Shared by the schema printer and the migration planner.
 */
import { formatType } from '../model/format-type';
import { quoteIdent, quoteLiteral, quoteQualified } from '../model/names';
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
  if (options.dataType) parts.push(`AS ${options.dataType}`);
  if (options.increment !== undefined) parts.push(`INCREMENT BY ${options.increment}`);
  if (options.minValue === null) parts.push('NO MINVALUE');
  else if (options.minValue !== undefined) parts.push(`MINVALUE ${options.minValue}`);
  if (options.maxValue === null) parts.push('NO MAXVALUE');
  else if (options.maxValue !== undefined) parts.push(`MAXVALUE ${options.maxValue}`);
  if (options.start !== undefined) parts.push(`START WITH ${options.start}`);
  if (options.cache !== undefined) parts.push(`CACHE ${options.cache}`);
  if (options.cycle) parts.push('CYCLE');
  return parts.join(' ');
}

export function columnSql(column: Column): string {
  const parts = [quoteIdent(column.name), formatType(column.type)];
  if (column.collation) parts.push(`COLLATE ${column.collation.split('.').map(quoteIdent).join('.')}`);
  if (column.identity) {
    const options = column.identity.sequenceOptions ? sequenceOptionsSql(column.identity.sequenceOptions) : '';
    parts.push(`GENERATED ${column.identity.kind === 'always' ? 'ALWAYS' : 'BY DEFAULT'} AS IDENTITY${options ? ` (${options})` : ''}`);
  }
  if (column.generated) parts.push(`GENERATED ALWAYS AS (${column.generated.expression}) ${column.generated.stored ? 'STORED' : 'VIRTUAL'}`);
  if (column.default !== undefined && !column.identity && !column.generated) parts.push(`DEFAULT ${column.default}`);
  if (column.notNull && !column.identity) parts.push('NOT NULL');
  return parts.join(' ');
}

function deferrableSql(c: { deferrable: boolean; initiallyDeferred: boolean }): string {
  if (!c.deferrable) return '';
  return c.initiallyDeferred ? ' DEFERRABLE INITIALLY DEFERRED' : ' DEFERRABLE';
}

function includeSql(include: string[]): string {
  return include.length > 0 ? ` INCLUDE (${identList(include)})` : '';
}

export const REFERENTIAL_ACTION_SQL: Record<ReferentialAction, string> = {
  'no-action': 'NO ACTION',
  restrict: 'RESTRICT',
  cascade: 'CASCADE',
  'set-null': 'SET NULL',
  'set-default': 'SET DEFAULT',
};

export function primaryKeySql(pk: PrimaryKey): string {
  return `CONSTRAINT ${quoteIdent(pk.name)} PRIMARY KEY (${identList(pk.columns)})${includeSql(pk.include)}${deferrableSql(pk)}`;
}

export function uniqueSql(u: UniqueConstraint): string {
  const nulls = u.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  return `CONSTRAINT ${quoteIdent(u.name)} UNIQUE${nulls} (${identList(u.columns)})${includeSql(u.include)}${deferrableSql(u)}`;
}

export function checkSql(c: CheckConstraint): string {
  return `CONSTRAINT ${quoteIdent(c.name)} CHECK (${c.expression})${c.noInherit ? ' NO INHERIT' : ''}${c.notValid ? ' NOT VALID' : ''}`;
}

export function exclusionSql(x: ExclusionConstraint): string {
  const elements = x.elements
    .map((e) => `${e.column ? quoteIdent(e.column) : `(${e.expression})`}${e.opclass ? ` ${e.opclass}` : ''} WITH ${e.operator}`)
    .join(', ');
  const where = x.where ? ` WHERE (${x.where})` : '';
  return `CONSTRAINT ${quoteIdent(x.name)} EXCLUDE USING ${x.method} (${elements})${includeSql(x.include)}${where}${deferrableSql(x)}`;
}

export function foreignKeySql(fk: ForeignKey): string {
  const match = fk.match !== 'simple' ? ` MATCH ${fk.match.toUpperCase()}` : '';
  const onUpdate = fk.onUpdate !== 'no-action' ? ` ON UPDATE ${REFERENTIAL_ACTION_SQL[fk.onUpdate]}` : '';
  const setColumns = fk.onDeleteColumns?.length ? ` (${identList(fk.onDeleteColumns)})` : '';
  const onDelete = fk.onDelete !== 'no-action' ? ` ON DELETE ${REFERENTIAL_ACTION_SQL[fk.onDelete]}${setColumns}` : '';
  const target = fk.referencedColumns.length > 0 ? ` (${identList(fk.referencedColumns)})` : '';
  return `CONSTRAINT ${quoteIdent(fk.name)} FOREIGN KEY (${identList(fk.columns)}) REFERENCES ${quoteQualified(fk.references)}${target}${match}${onUpdate}${onDelete}${deferrableSql(fk)}${fk.notValid ? ' NOT VALID' : ''}`;
}

export function indexElementSql(e: IndexElement): string {
  let sql = e.column ? quoteIdent(e.column) : `(${e.expression})`;
  if (e.collation) sql += ` COLLATE ${e.collation.split('.').map(quoteIdent).join('.')}`;
  if (e.opclass) sql += ` ${e.opclass}`;
  if (e.descending) sql += ' DESC';
  if (e.nulls) sql += ` NULLS ${e.nulls.toUpperCase()}`;
  return sql;
}

export function indexSql(index: Index, on: QualifiedName, options: { concurrently?: boolean; ifNotExists?: boolean } = {}): string {
  const ifNotExists = options.ifNotExists ? 'IF NOT EXISTS ' : '';
  const unique = index.unique ? 'UNIQUE ' : '';
  const concurrently = options.concurrently ? 'CONCURRENTLY ' : '';
  const only = index.only ? 'ONLY ' : '';
  const nulls = index.nullsNotDistinct ? ' NULLS NOT DISTINCT' : '';
  const where = index.where ? ` WHERE (${index.where})` : '';
  const storage = index.options?.length ? ` WITH (${index.options.join(', ')})` : '';
  return `CREATE ${unique}INDEX ${concurrently}${ifNotExists}${quoteIdent(index.name)} ON ${only}${quoteQualified(on)} USING ${index.method} (${index.elements.map(indexElementSql).join(', ')})${includeSql(index.include)}${nulls}${storage}${where}`;
}

export function triggerSql(trigger: Trigger, on: QualifiedName): string {
  const timing = trigger.timing === 'instead-of' ? 'INSTEAD OF' : trigger.timing.toUpperCase();
  const events = trigger.events
    .map((e) => (e === 'update' && trigger.updateColumns.length > 0 ? `UPDATE OF ${identList(trigger.updateColumns)}` : e.toUpperCase()))
    .join(' OR ');
  const constraint = trigger.constraint ? 'CONSTRAINT ' : '';
  const deferrable = trigger.constraint ? deferrableSql(trigger) : '';
  const transitions = trigger.transitionTables
    ? ` REFERENCING${trigger.transitionTables.old ? ` OLD TABLE AS ${quoteIdent(trigger.transitionTables.old)}` : ''}${trigger.transitionTables.new ? ` NEW TABLE AS ${quoteIdent(trigger.transitionTables.new)}` : ''}`
    : '';
  const when = trigger.when ? ` WHEN (${trigger.when})` : '';
  const args = trigger.arguments.map(quoteLiteral).join(', ');
  return `CREATE ${constraint}TRIGGER ${quoteIdent(trigger.name)} ${timing} ${events} ON ${quoteQualified(on)}${deferrable}${transitions} FOR EACH ${trigger.level.toUpperCase()}${when} EXECUTE FUNCTION ${quoteQualified(trigger.function)}(${args})`;
}

export function policySql(policy: Policy, on: QualifiedName): string {
  const roles = policy.roles.map((r) => (r === 'public' || r === 'current_user' || r === 'session_user' || r === 'current_role' ? r : quoteIdent(r))).join(', ');
  const using = policy.using ? ` USING (${policy.using})` : '';
  const check = policy.withCheck ? ` WITH CHECK (${policy.withCheck})` : '';
  return `CREATE POLICY ${quoteIdent(policy.name)} ON ${quoteQualified(on)} AS ${policy.permissive ? 'PERMISSIVE' : 'RESTRICTIVE'} FOR ${policy.command.toUpperCase()} TO ${roles}${using}${check}`;
}
