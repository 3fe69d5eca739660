/** CREATE [OR REPLACE] FUNCTION / PROCEDURE and ALTER FUNCTION. */
import type { Node } from '@pgsql/types';
import { formatType, identitySignature } from '../../model/format-type';
import { quoteIdent } from '../../model/names';
import type { FunctionArgument, RoutineDef, Volatility } from '../../model/types';
import { deparseNode, type Fields, listName, stringList, stringValue, unwrap } from '../ast';
import type { ImportContext } from '../context';

const MODES: Record<string, FunctionArgument['mode']> = {
  FUNC_PARAM_IN: 'in',
  FUNC_PARAM_OUT: 'out',
  FUNC_PARAM_INOUT: 'inout',
  FUNC_PARAM_VARIADIC: 'variadic',
  FUNC_PARAM_TABLE: 'table',
  FUNC_PARAM_DEFAULT: 'in',
};

export { identitySignature } from '../../model/format-type';

export function readArguments(ctx: ImportContext, parameters: Node[] | undefined): FunctionArgument[] {
  return (parameters ?? []).map((node) => {
    const p = unwrap(node, 'FunctionParameter') ?? {};
    const type = ctx.typeRef(p.argType);
    const arg: FunctionArgument = { mode: MODES[p.mode as string] ?? 'in', type };
    if (p.name) arg.name = p.name;
    if (p.defexpr) arg.default = deparseNode(p.defexpr);
    return arg;
  });
}

/** COST / ROWS values as Postgres stores them (a float4 written plainly: `100`, `0.5`). */
function numberText(arg: Node | undefined): string {
  const text = stringValue(arg) ?? deparseNode(arg);
  const value = Number(text);
  return Number.isFinite(value) ? String(value) : text;
}

function applyOption(routine: RoutineDef, d: Fields): void {
  switch (d.defname) {
    case 'as': {
      const parts = stringList(unwrap(d.arg, 'List')?.items ?? [d.arg]);
      routine.body = parts.length > 1 ? parts.join(', ') : (parts[0] ?? '');
      return;
    }
    case 'language':
      routine.language = (stringValue(d.arg) ?? '').toLowerCase();
      return;
    case 'volatility':
      routine.volatility = (stringValue(d.arg) ?? 'volatile') as Volatility;
      return;
    case 'strict':
      routine.strict = stringValue(d.arg) === 'true';
      return;
    case 'security':
      routine.securityDefiner = stringValue(d.arg) === 'true';
      return;
    case 'leakproof':
      routine.leakproof = stringValue(d.arg) === 'true';
      return;
    case 'parallel':
      routine.parallel = (stringValue(d.arg) ?? 'unsafe') as RoutineDef['parallel'] & string;
      return;
    case 'set': {
      const set = unwrap(d.arg, 'VariableSetStmt') ?? {};
      if (set.kind === 'VAR_RESET') delete routine.config[set.name];
      else routine.config[set.name] = ((set.args as Node[] | undefined) ?? []).map((a) => deparseNode(a).replace(/^'(.*)'$/, '$1')).join(', ');
      return;
    }
    case 'cost':
      routine.cost = numberText(d.arg);
      return;
    case 'rows':
      routine.rows = numberText(d.arg);
      return;
    default:
      // window, support: not modelled.
      return;
  }
}

export function createFunction(ctx: ImportContext, stmt: Fields): void {
  const name = ctx.qualify(listName(stmt.funcname));
  const args = readArguments(ctx, stmt.parameters);
  const routine: RoutineDef = {
    kind: stmt.is_procedure ? 'procedure' : 'function',
    ...name,
    arguments: args,
    signature: identitySignature(args),
    language: 'sql',
    body: '',
    volatility: 'volatile',
    strict: false,
    securityDefiner: false,
    leakproof: false,
    config: {},
    source: ctx.source(),
  };
  if (stmt.returnType) {
    const returns = ctx.typeRefWithSetof(stmt.returnType);
    const { setof, ...type } = returns;
    routine.returnType = type;
    const table = args.filter((a) => a.mode === 'table');
    routine.returns = table.length > 0
      ? `TABLE(${table.map((a) => `${a.name ? quoteIdent(a.name) : ''} ${formatType(a.type)}`.trim()).join(', ')})`
      : `${setof ? 'SETOF ' : ''}${formatType(type)}`;
  }
  const outputs = args.filter((a) => a.mode === 'out' || a.mode === 'inout');
  if (!stmt.returnType && !stmt.is_procedure && outputs.length > 0) {
    // Without RETURNS, OUT parameters define the result: their type, or a record of them.
    routine.returnType = outputs.length === 1 ? outputs[0]!.type : { name: 'record', modifiers: [], arrayDims: 0 };
    routine.returns = formatType(routine.returnType);
  }
  for (const node of (stmt.options as Node[] | undefined) ?? []) applyOption(routine, unwrap(node, 'DefElem') ?? {});
  if (stmt.sql_body) {
    routine.body = sqlBodyText(stmt.sql_body);
    routine.sqlBody = true;
  }
  const key = `${ctx.tableKey(routine)}(${routine.signature})`;
  const existing = ctx.schema.routines[key];
  if (existing && !stmt.replace) {
    ctx.report('error', `function "${routine.name}" already exists with same argument types`);
    return;
  }
  if (existing) {
    // CREATE OR REPLACE keeps the routine's identity: its comment, owner and privileges.
    if (existing.comment) routine.comment = existing.comment;
    if (existing.owner) routine.owner = existing.owner;
    if (existing.privileges) routine.privileges = existing.privileges;
  }
  ctx.schema.routines[key] = routine;
}

/** A routine named by ObjectWithArgs (DROP / ALTER / COMMENT ON FUNCTION f(args)). */
export function findRoutineByObject(ctx: ImportContext, object: Fields): { key: string; routine: RoutineDef }[] {
  const name = listName(object.objname);
  if (object.args_unspecified) return ctx.findRoutines(name);
  const args = ((object.objargs as Node[] | undefined) ?? []).map((n) => {
    const type = ctx.typeRef(n);
    return formatType({ ...type, modifiers: [] }, { identity: true });
  });
  return ctx.findRoutines(name, args.join(', '));
}

export function alterFunction(ctx: ImportContext, stmt: Fields): void {
  const found = findRoutineByObject(ctx, stmt.func ?? {});
  if (found.length !== 1) {
    ctx.report('warning', `function ${listName(stmt.func?.objname).name} is not in the model (or is ambiguous)`);
    return;
  }
  for (const node of (stmt.actions as Node[] | undefined) ?? []) applyOption(found[0]!.routine, unwrap(node, 'DefElem') ?? {});
}

/** A SQL-standard body: `RETURN expr`, or `BEGIN ATOMIC stmt; ... END` (a list of statements). */
function sqlBodyText(body: Node): string {
  const ret = unwrap(body, 'ReturnStmt');
  if (ret) return deparseNode(body);
  const outer = (unwrap(body, 'List')?.items as Node[] | undefined) ?? [];
  const statements = outer.flatMap((item) => (unwrap(item, 'List')?.items as Node[] | undefined) ?? [item]);
  return `BEGIN ATOMIC\n${statements.map((st) => `  ${deparseNode(st)};`).join('\n')}\nEND`;
}
