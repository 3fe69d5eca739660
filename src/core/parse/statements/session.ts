/**
 * Statements that change how later names resolve: `SET search_path` and pg_dump's
 * `SELECT pg_catalog.set_config('search_path', '', false)`.
 */
import type { Node } from '@pgsql/types';
import { type Fields, stringList, unwrap } from '../ast';
import type { ImportContext } from '../context';
import { dropTemporaryObjects } from './drop';

/** search_path text (`a, "$user", public`) as schema names; `$user` matches no schema here. */
function parseSearchPath(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => (part.startsWith('"') && part.endsWith('"') ? part.slice(1, -1).replace(/""/g, '"') : part.toLowerCase()))
    .filter((part) => part !== '$user');
}

function constValue(node: Node | undefined): string | undefined {
  const c = unwrap(node, 'A_Const');
  if (!c) return undefined;
  if (c.sval) return c.sval.sval ?? '';
  if (c.ival) return String(c.ival.ival ?? 0);
  return undefined;
}

export function variableSet(ctx: ImportContext, stmt: Fields): void {
  if (stmt.name === 'role' || stmt.name === 'session_authorization') {
    const role = stmt.kind === 'VAR_SET_VALUE' ? constValue((stmt.args as Node[] | undefined)?.[0]) : undefined;
    ctx.currentRole = role === 'none' ? undefined : role;
    return;
  }
  if (stmt.name !== 'search_path' && stmt.kind !== 'VAR_RESET_ALL') return;
  const local = Boolean(stmt.is_local);
  if (local && !ctx.transactions.active) {
    // Postgres: WARNING, and the setting is left as it was.
    ctx.report('warning', 'SET LOCAL can only be used in transaction blocks');
    return;
  }
  if (stmt.kind === 'VAR_SET_DEFAULT' || stmt.kind === 'VAR_RESET' || stmt.kind === 'VAR_RESET_ALL') {
    ctx.transactions.setSearchPath(['public'], local);
    return;
  }
  // Each argument is one schema name, already unquoted by the parser.
  const path = ((stmt.args as Node[] | undefined) ?? [])
    .map((arg) => constValue(arg) ?? stringList([arg]).join(''))
    .filter((name) => name !== '$user' && name !== '');
  ctx.transactions.setSearchPath(path, local);
}

/** DISCARD TEMP / ALL: the session's temporary objects go. */
export function discardStatement(ctx: ImportContext, stmt: Fields): void {
  if (stmt.target === 'DISCARD_TEMP' || stmt.target === 'DISCARD_ALL') dropTemporaryObjects(ctx);
  if (stmt.target === 'DISCARD_ALL') ctx.transactions.setSearchPath(['public'], false);
}

/** pg_dump's `SELECT pg_catalog.set_config('search_path', '', false);` */
export function selectStatement(ctx: ImportContext, stmt: Fields): void {
  for (const target of (stmt.targetList as Node[] | undefined) ?? []) {
    const call = unwrap(unwrap(target, 'ResTarget')?.val, 'FuncCall');
    if (!call) continue;
    const name = stringList(call.funcname);
    if (name[name.length - 1] !== 'set_config') continue;
    const args = (call.args as Node[] | undefined) ?? [];
    if (constValue(args[0]) !== 'search_path') continue;
    const value = constValue(args[1]);
    const local = unwrap(args[2], 'A_Const')?.boolval?.boolval === true;
    if (value !== undefined && (!local || ctx.transactions.active)) ctx.transactions.setSearchPath(parseSearchPath(value), local);
  }
}
