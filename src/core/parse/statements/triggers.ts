/** CREATE TRIGGER and CREATE / ALTER POLICY. */
import type { Node } from '@pgsql/types';
import type { Policy, PolicyCommand, Trigger, TriggerEvent } from '../../model/types';
import { deparseNode, type Fields, listName, rangeVarName, stringList, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { cloneToPartitions } from './partition-clones';

// Bits of pg_trigger.tgtype, as the parser reports timing and events.
const TRIGGER_BEFORE = 1 << 1;
const TRIGGER_INSTEAD = 1 << 6;
const EVENT_BITS: [number, TriggerEvent][] = [
  [1 << 2, 'insert'],
  [1 << 3, 'delete'],
  [1 << 4, 'update'],
  [1 << 5, 'truncate'],
];

export function createTrigger(ctx: ImportContext, stmt: Fields): void {
  const target = rangeVarName(stmt.relation ?? {});
  const relation = ctx.findRelation(target);
  if (!relation || relation.kind === 'sequence') {
    ctx.missingRelation(target, `the trigger "${stmt.trigname ?? ''}"`);
    return;
  }
  const owner = relation.kind === 'table' ? relation.table : relation.view;
  const timing = Number(stmt.timing ?? 0);
  const events = Number(stmt.events ?? 0);
  const fn = listName(stmt.funcname);
  const trigger: Trigger = {
    name: stmt.trigname ?? '',
    timing: timing & TRIGGER_INSTEAD ? 'instead-of' : timing & TRIGGER_BEFORE ? 'before' : 'after',
    events: EVENT_BITS.filter(([bit]) => events & bit).map(([, event]) => event),
    updateColumns: stringList(stmt.columns),
    level: stmt.row ? 'row' : 'statement',
    function: { schema: fn.schema ?? triggerFunctionSchema(ctx, fn.name), name: fn.name },
    arguments: ((stmt.args as Node[] | undefined) ?? []).map((a) => stringValue(a) ?? deparseNode(a)),
    constraint: Boolean(stmt.isconstraint),
    deferrable: Boolean(stmt.deferrable),
    initiallyDeferred: Boolean(stmt.initdeferred),
    enabled: true,
    source: ctx.source(),
  };
  if (stmt.whenClause) trigger.when = deparseNode(stmt.whenClause);
  for (const node of (stmt.transitionRels as Node[] | undefined) ?? []) {
    const t = unwrap(node, 'TriggerTransition') ?? {};
    trigger.transitionTables ??= {};
    if (t.isNew) trigger.transitionTables.new = t.name;
    else trigger.transitionTables.old = t.name;
  }
  const existing = owner.triggers.findIndex((t) => t.name === trigger.name);
  if (existing !== -1) {
    if (!stmt.replace) {
      ctx.report('error', `trigger "${trigger.name}" for relation "${owner.name}" already exists`);
      return;
    }
    owner.triggers[existing] = trigger;
    return;
  }
  owner.triggers.push(trigger);
  // A row trigger on a partitioned table is cloned onto every partition.
  if (relation.kind === 'table' && relation.table.partitioning) cloneToPartitions(ctx, relation.table, { trigger });
}

/** Trigger functions Postgres ships in pg_catalog, found by an unqualified name. */
const BUILTIN_TRIGGER_FUNCTIONS = new Set([
  'tsvector_update_trigger', 'tsvector_update_trigger_column', 'suppress_redundant_updates_trigger',
]);

/** The schema an unqualified trigger function resolves to: a user function on the path, else pg_catalog's. */
function triggerFunctionSchema(ctx: ImportContext, name: string): string {
  const user = ctx.findRoutines({ name })[0]?.routine.schema;
  if (user) return user;
  if (BUILTIN_TRIGGER_FUNCTIONS.has(name)) return 'pg_catalog';
  return ctx.defaultSchema();
}

function roles(nodes: Node[] | undefined): string[] {
  return (nodes ?? []).map((n) => {
    const r = unwrap(n, 'RoleSpec') ?? {};
    if (r.rolename) return r.rolename as string;
    return String(r.roletype ?? '').replace('ROLESPEC_', '').toLowerCase();
  });
}

export function createPolicy(ctx: ImportContext, stmt: Fields): void {
  const target = rangeVarName(stmt.table ?? {});
  const table = ctx.findTable(target);
  if (!table) {
    ctx.missingRelation(target, `the policy "${stmt.policy_name ?? ''}"`);
    return;
  }
  if (table.policies.some((p) => p.name === stmt.policy_name)) {
    ctx.report('error', `policy "${stmt.policy_name}" for table "${table.name}" already exists`);
    return;
  }
  const policy: Policy = {
    name: stmt.policy_name ?? '',
    permissive: Boolean(stmt.permissive),
    command: ((stmt.cmd_name as string | undefined) ?? 'all') as PolicyCommand,
    roles: roles(stmt.roles),
    source: ctx.source(),
  };
  if (policy.roles.length === 0) policy.roles = ['public'];
  if (stmt.qual) policy.using = deparseNode(stmt.qual);
  if (stmt.with_check) policy.withCheck = deparseNode(stmt.with_check);
  table.policies.push(policy);
}

export function alterPolicy(ctx: ImportContext, stmt: Fields): void {
  const table = ctx.findTable(rangeVarName(stmt.table ?? {}));
  const policy = table?.policies.find((p) => p.name === stmt.policy_name);
  if (!policy) {
    ctx.report('error', `policy "${stmt.policy_name}" does not exist`);
    return;
  }
  if (stmt.roles) policy.roles = roles(stmt.roles);
  if (stmt.qual) policy.using = deparseNode(stmt.qual);
  if (stmt.with_check) policy.withCheck = deparseNode(stmt.with_check);
}
