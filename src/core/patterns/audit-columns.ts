/**
 * audit-columns (catalogue tier 1): created_at / updated_at, optionally created_by / updated_by,
 * kept current by the database: one shared trigger function per column name (`set_updated_at()`)
 * and a BEFORE UPDATE row trigger per table. Columns the table already has under a known
 * spelling (inserted_at, last_update, ...) are reused, not duplicated.
 */
import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import type { Column, RoutineDef, Schema, Table, TypeRef } from '../model/types';
import { column, columnOf, findRoutine, findTable, foreignKey, btreeIndex, literal, parseQualifiedName, q, refOf, relationNames, constraintNames, rowTrigger, sameRoutine, singleKey, triggerFunction, TYPES, freeName, fitName } from './build';
import { changes, decline, defineTablePattern } from './define';

export interface AuditColumnsParams {
  createdColumn: string;
  updatedColumn: string;
  actorColumns: boolean;
  usersTable: string;
  actorType: 'uuid' | 'bigint' | 'text';
  actorSetting: string;
}

const CREATED = ['created_at', 'inserted_at', 'created', 'created_on', 'creation_date', 'date_created', 'create_time', 'created_time', 'created_date', 'createddate', 'creation_ts', 'created_ts', 'inserted_ts'];
const UPDATED = ['updated_at', 'updated', 'updated_on', 'modified_at', 'modified', 'last_modified', 'last_modified_at', 'last_update', 'last_updated', 'update_time', 'updated_time', 'date_modified', 'modified_date', 'modifieddate', 'updated_date', 'updateddate', 'updated_ts', 'last_updated_ts'];
const CREATED_BY = ['created_by', 'creator_id', 'created_by_id'];
const UPDATED_BY = ['updated_by', 'updater_id', 'updated_by_id', 'modified_by'];
const TIME_TYPES = new Set(['timestamp with time zone', 'timestamp without time zone', 'date']);
const USERS_TABLES = ['users', 'user', 'app_users', 'app_user', 'accounts', 'account'];

/** The column to reuse: the one named by the parameter, else (parameter left at its default) a known spelling. */
function existing(table: Table, name: string, isDefault: boolean, spellings: string[]): Column | undefined {
  return columnOf(table, name) ?? (isDefault ? spellings.map((s) => columnOf(table, s)).find(Boolean) : undefined);
}

/** Whether a BEFORE UPDATE row trigger already maintains the column (the rule's test). */
function maintained(schema: Schema, table: Table, columnName: string, conventional?: RegExp): boolean {
  return table.triggers.some((trigger) => {
    if (!trigger.events.includes('update') || trigger.level !== 'row' || trigger.timing !== 'before') return false;
    if (trigger.arguments.includes(columnName)) return true;
    const routine = Object.values(schema.routines).find((r) => r.schema === trigger.function.schema && r.name === trigger.function.name && r.arguments.length === 0);
    if (routine && new RegExp(`(^|[^a-z0-9_])${columnName.replace(/[^a-z0-9_]/gi, '')}([^a-z0-9_]|$)`, 'i').test(routine.body)) return true;
    return conventional !== undefined && conventional.test(trigger.function.name);
  });
}

function actorValue(setting: string): string {
  return `NULLIF (current_setting(${literal(setting)}, true), '')`;
}

function setTimeBody(columnName: string): string {
  return `\nBEGIN\n  NEW.${q(columnName)} := now();\n  RETURN NEW;\nEND\n`;
}

/** Type-agnostic: the setting (text) is converted to the column's type by jsonb_populate_record. */
function setActorBody(columnName: string, setting: string): string {
  return `\nBEGIN\n  IF current_setting(${literal(setting)}, true) <> '' THEN\n    NEW := jsonb_populate_record(NEW, jsonb_build_object(${literal(columnName)}, current_setting(${literal(setting)}, true)));\n  END IF;\n  RETURN NEW;\nEND\n`;
}

/**
 * The shared trigger function `set_<column>()` in the table's schema: reused when it exists with
 * this body (or is the user's own function of that name that assigns the column); otherwise the
 * first free name `set_<column>_1`, ...
 */
function sharedFunction(schema: Schema, namespace: string, columnName: string, body: string): { routine: RoutineDef; exists: boolean } {
  const base = fitName('set', columnName);
  for (let i = 0; ; i++) {
    const name = i === 0 ? base : fitName(`set_${columnName}`, String(i));
    const ref = { schema: namespace, name };
    const ours = triggerFunction(ref, body);
    const found = findRoutine(schema, ref);
    if (!found) return { routine: ours, exists: false };
    if (sameRoutine(found, ours)) return { routine: found, exists: true };
    if (found.returns === 'trigger' && found.body.includes(`NEW.${q(columnName)}`) && i === 0) return { routine: found, exists: true };
  }
}

export default defineTablePattern<AuditColumnsParams>({
  id: 'audit-columns',
  title: 'Audit columns',
  description:
    'Records when each row was created and last changed (created_at, updated_at as timestamptz NOT NULL DEFAULT now()), and optionally who did it (created_by, updated_by, from a session setting such as app.user_id, with a foreign key to the users table when there is one). A shared set_updated_at() trigger function and a BEFORE UPDATE trigger per table keep updated_at current whatever code path changes the row. Columns the table already has under a known spelling (inserted_at, last_update, ...) are reused.',
  defaultParams: { createdColumn: 'created_at', updatedColumn: 'updated_at', actorColumns: false, usersTable: '', actorType: 'text', actorSetting: 'app.user_id' },
  params: [
    { name: 'createdColumn', label: 'Created column', kind: 'string', help: 'Name of the creation time column; at its default an existing inserted_at, created, created_on... is reused.' },
    { name: 'updatedColumn', label: 'Updated column', kind: 'string', help: 'Name of the last-change time column; at its default an existing modified_at, last_update... is reused.' },
    { name: 'actorColumns', label: 'Who (created_by / updated_by)', kind: 'boolean', help: 'Also record who created and last changed the row, from the session setting.' },
    { name: 'usersTable', label: 'Users table', kind: 'table', help: 'The table created_by / updated_by reference; empty: a table named users (or user, accounts) if there is one.' },
    { name: 'actorType', label: 'Actor type without a users table', kind: 'choice', choices: ['text', 'uuid', 'bigint'], help: 'Type of created_by / updated_by when there is no users table to reference.' },
    { name: 'actorSetting', label: 'Session setting', kind: 'string', help: "The setting the application sets per transaction (SET LOCAL app.user_id = '...'); read with current_setting(name, true)." },
  ],
  serves: ['require-audit-columns', 'require-updated-at-trigger'],
  partitionedTables: true,
  analyze(schema, table, params) {
    const ref = refOf(table);
    const out: SchemaChange[] = [];
    const taken = relationNames(schema, table.schema);
    const constraints = constraintNames(table);
    const triggerNames = new Set(table.triggers.map((t) => t.name));

    const created = existing(table, params.createdColumn, params.createdColumn === 'created_at', CREATED);
    if (!created) out.push({ kind: 'add-column', table: ref, column: column(params.createdColumn, TYPES.timestamptz, { notNull: true, default: 'now()' }) });
    const updated = existing(table, params.updatedColumn, params.updatedColumn === 'updated_at', UPDATED);
    if (updated && (updated.type.schema || !TIME_TYPES.has(updated.type.name) || updated.type.arrayDims > 0)) {
      return decline(`${table.name}.${updated.name} is of type ${updated.type.name}, not a timestamp: set updatedColumn to the column to maintain`);
    }
    const updatedName = updated?.name ?? params.updatedColumn;
    if (!updated) out.push({ kind: 'add-column', table: ref, column: column(updatedName, TYPES.timestamptz, { notNull: true, default: 'now()' }) });

    const maintain = (columnName: string, body: string, conventional?: RegExp) => {
      if (maintained(schema, table, columnName, conventional)) return;
      const { routine, exists } = sharedFunction(schema, table.schema, columnName, body);
      if (!exists) out.push({ kind: 'add-routine', routine });
      let name = fitName(table.name, `set_${columnName}`);
      for (let i = 1; triggerNames.has(name); i++) name = fitName(table.name, `set_${columnName}${i}`);
      triggerNames.add(name);
      out.push({ kind: 'add-trigger', table: ref, trigger: rowTrigger(name, 'before', ['update'], refOf(routine)) });
    };
    maintain(updatedName, setTimeBody(updatedName), /updated?_at|timestamp|modified|touch/i);

    if (params.actorColumns) {
      let users: Table | undefined;
      if (params.usersTable) {
        users = findTable(schema, parseQualifiedName(params.usersTable, table.schema));
        if (!users) return decline(`there is no users table ${params.usersTable}`);
      } else {
        users = USERS_TABLES.map((n) => findTable(schema, { schema: table.schema, name: n })).find(Boolean) ??
          USERS_TABLES.map((n) => Object.values(schema.tables).find((t) => t.name === n && !t.partitionOf)).find(Boolean);
      }
      const userKey = users ? singleKey(users) : undefined;
      if (users && !userKey) return decline(`${users.name} has no single-column primary key for created_by / updated_by to reference`);
      const actorType: TypeRef = userKey ? { ...userKey.type } : params.actorType === 'uuid' ? TYPES.uuid : params.actorType === 'bigint' ? TYPES.bigint : TYPES.text;
      const cast = actorType.name === 'text' && !actorType.schema ? '' : actorType;
      const defaultFor = cast ? `CAST(${actorValue(params.actorSetting)} AS ${formatType(actorType)})` : actorValue(params.actorSetting);
      const actor = (spellings: string[]) => spellings.map((s) => columnOf(table, s)).find(Boolean);
      const addActor = (name: string) => {
        out.push({ kind: 'add-column', table: ref, column: column(name, actorType, { default: defaultFor }) });
        if (users && userKey) {
          out.push({ kind: 'add-constraint', table: ref, constraint: { type: 'foreign-key', ...foreignKey(freeName(table.name, name, 'fkey', (n) => constraints.has(n) || taken.has(n)), [name], refOf(users), [userKey.name], 'set-null') } });
          const indexName = freeName(table.name, name, 'idx', (n) => taken.has(n));
          taken.add(indexName);
          out.push({ kind: 'add-index', table: ref, index: btreeIndex(indexName, [name]) });
        }
      };
      const createdBy = actor(CREATED_BY);
      if (!createdBy) addActor('created_by');
      const updatedBy = actor(UPDATED_BY);
      const updatedByName = updatedBy?.name ?? 'updated_by';
      if (!updatedBy) addActor(updatedByName);
      maintain(updatedByName, setActorBody(updatedByName, params.actorSetting));
    }
    return changes(out);
  },
});

