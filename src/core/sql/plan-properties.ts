/**
 * Planning the changes to extensions, collations, statistics objects, domains and composite
 * types that Postgres makes in place (ALTER EXTENSION, ALTER DOMAIN, ALTER TYPE ... ATTRIBUTE,
 * ALTER STATISTICS), and their creation and removal.
 */
import type { SchemaChange } from '../changes/types';
import { formatType } from '../model/format-type';
import { keyOf } from '../model/names';
import type { CompositeAttribute, Schema } from '../model/types';
import { statement } from './plan-tables';
import type { PlannedStatement } from './plan-types';
import { collationSql, statisticsSql, statisticsTargetSql } from './print-objects';
import { dottedName, quoteIdent, quoteLiteral, quoteQualified, sqlFragment } from './safe-text';

type PropertyChange = Extract<SchemaChange, { kind:
  'alter-extension' | 'add-collation' | 'drop-collation' | 'add-statistics' | 'drop-statistics' | 'alter-statistics'
  | 'alter-domain' | 'add-domain-check' | 'drop-domain-check' | 'alter-composite' }>;

function attributeSql(a: CompositeAttribute): string {
  return `${quoteIdent(a.name)} ${formatType(a.type)}${a.collation ? ` COLLATE ${dottedName(a.collation)}` : ''}`;
}

export function propertyStatements(change: PropertyChange, before: Schema): PlannedStatement[] {
  switch (change.kind) {
    case 'alter-extension': {
      const old = before.extensions[change.name];
      const name = quoteIdent(change.name);
      const out: PlannedStatement[] = [];
      if (change.schema !== undefined) {
        out.push(statement({ sql: `ALTER EXTENSION ${name} SET SCHEMA ${quoteIdent(change.schema)};`, description: `Move extension ${change.name} to schema ${change.schema}`, phase: 'prepare', ...(old?.schema ? { reverse: `ALTER EXTENSION ${name} SET SCHEMA ${quoteIdent(old.schema)};` } : {}) }));
      }
      if (change.version !== undefined) {
        // Extensions ship update scripts forward only (hstore 1.7 -> 1.8, never back): the down
        // migration cannot downgrade, and the planner's notes say so.
        out.push(statement({ sql: `ALTER EXTENSION ${name} UPDATE TO ${quoteLiteral(change.version)};`, description: `Update extension ${change.name} to version ${change.version} (extensions cannot be downgraded)`, phase: 'prepare' }));
      }
      return out;
    }
    case 'add-collation':
      return [statement({ sql: collationSql(change.collation), description: `Create collation ${change.collation.name}`, phase: 'types', reverse: `DROP COLLATION ${quoteQualified(change.collation)};` })];
    case 'drop-collation': {
      const old = before.collations[keyOf(change.collation)];
      return [statement({ sql: `DROP COLLATION ${quoteQualified(change.collation)};`, description: `Drop collation ${change.collation.name}`, phase: 'drop-objects', ...(old ? { reverse: collationSql(old) } : {}) })];
    }
    case 'add-statistics': {
      const s = change.statistics;
      const out = [statement({ sql: statisticsSql(s), description: `Create statistics ${s.name} on ${s.table.name}`, phase: 'indexes', reverse: `DROP STATISTICS ${quoteQualified(s)};` })];
      if (s.target !== undefined) out.push(statement({ sql: statisticsTargetSql(s, s.target), description: `Statistics target of ${s.name}`, phase: 'indexes', reverse: '' }));
      return out;
    }
    case 'drop-statistics': {
      const old = before.statistics[keyOf(change.statistics)];
      const reverse = old ? [statisticsSql(old), ...(old.target !== undefined ? [statisticsTargetSql(old, old.target)] : [])].join('\n') : undefined;
      return [statement({ sql: `DROP STATISTICS ${quoteQualified(change.statistics)};`, description: `Drop statistics ${change.statistics.name}`, phase: 'drop-dependents', ...(reverse ? { reverse } : {}) })];
    }
    case 'alter-statistics': {
      const old = before.statistics[keyOf(change.statistics)];
      return [statement({ sql: statisticsTargetSql(change.statistics, change.target ?? undefined), description: `Statistics target of ${change.statistics.name}`, phase: 'indexes', reverse: statisticsTargetSql(change.statistics, old?.target) })];
    }
    case 'alter-domain': {
      const old = before.types[keyOf(change.type)];
      const domain = quoteQualified(change.type);
      const out: PlannedStatement[] = [];
      if (change.set.default !== undefined) {
        const sql = (value: string | null | undefined) => `ALTER DOMAIN ${domain} ${value === null || value === undefined ? 'DROP DEFAULT' : `SET DEFAULT ${sqlFragment(value, `the default of domain ${change.type.name}`)}`};`;
        out.push(statement({ sql: sql(change.set.default), description: `Default of domain ${change.type.name}`, phase: 'types', reverse: sql(old?.kind === 'domain' ? old.default : undefined) }));
      }
      if (change.set.notNull !== undefined) {
        const sql = (notNull: boolean) => `ALTER DOMAIN ${domain} ${notNull ? 'SET' : 'DROP'} NOT NULL;`;
        // SET NOT NULL checks every column of the domain's type.
        out.push(statement({ sql: sql(change.set.notNull), description: `Domain ${change.type.name} ${change.set.notNull ? 'NOT NULL' : 'allows NULL'}`, phase: 'types', hazards: change.set.notNull ? ['validation-scan'] : [], reverse: sql(!change.set.notNull) }));
      }
      return out;
    }
    case 'add-domain-check': {
      const domain = quoteQualified(change.type);
      const name = quoteIdent(change.check.name);
      const reverse = `ALTER DOMAIN ${domain} DROP CONSTRAINT ${name};`;
      // Like a table's check: added NOT VALID (no scan), then validated on its own.
      const out = [statement({ sql: `ALTER DOMAIN ${domain} ADD CONSTRAINT ${name} CHECK (${sqlFragment(change.check.expression, `check ${change.check.name}`)}) NOT VALID;`, description: `Check ${change.check.name} on domain ${change.type.name}, for new values first`, phase: 'types', reverse })];
      if (!change.check.notValid) out.push(statement({ sql: `ALTER DOMAIN ${domain} VALIDATE CONSTRAINT ${name};`, description: `Validate ${change.check.name} against existing values`, phase: 'validate', hazards: ['validation-scan'], ownTransaction: true }));
      return out;
    }
    case 'drop-domain-check': {
      const old = before.types[keyOf(change.type)];
      const check = old?.kind === 'domain' ? old.checks.find((c) => c.name === change.name) : undefined;
      const domain = quoteQualified(change.type);
      return [statement({ sql: `ALTER DOMAIN ${domain} DROP CONSTRAINT ${quoteIdent(change.name)};`, description: `Drop check ${change.name} of domain ${change.type.name}`, phase: 'drop-dependents', ...(check ? { reverse: `ALTER DOMAIN ${domain} ADD CONSTRAINT ${quoteIdent(check.name)} CHECK (${sqlFragment(check.expression, `check ${check.name}`)})${check.notValid ? ' NOT VALID' : ''};` } : {}) })];
    }
    case 'alter-composite': {
      const old = before.types[keyOf(change.type)];
      const attributes = old?.kind === 'composite' ? old.attributes : [];
      const type = quoteQualified(change.type);
      const actions: { sql: string; reverse?: string }[] = [
        ...change.drop.map((name) => {
          const was = attributes.find((a) => a.name === name);
          return { sql: `DROP ATTRIBUTE ${quoteIdent(name)}`, ...(was ? { reverse: `ADD ATTRIBUTE ${attributeSql(was)}` } : {}) };
        }),
        ...change.alter.map((a) => {
          const was = attributes.find((b) => b.name === a.name);
          return { sql: `ALTER ATTRIBUTE ${quoteIdent(a.name)} TYPE ${formatType(a.type)}`, ...(was ? { reverse: `ALTER ATTRIBUTE ${quoteIdent(a.name)} TYPE ${formatType(was.type)}` } : {}) };
        }),
        ...change.add.map((a) => ({ sql: `ADD ATTRIBUTE ${attributeSql(a)}`, reverse: `DROP ATTRIBUTE ${quoteIdent(a.name)}` })),
      ];
      if (actions.length === 0) return [];
      const reversible = actions.every((a) => a.reverse !== undefined);
      return [statement({
        sql: `ALTER TYPE ${type} ${actions.map((a) => a.sql).join(', ')};`,
        description: `Change the attributes of type ${change.type.name}`,
        phase: 'types',
        ...(reversible ? { reverse: `ALTER TYPE ${type} ${actions.map((a) => a.reverse).reverse().join(', ')};` } : {}),
      })];
    }
  }
}
