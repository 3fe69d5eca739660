/**
 * Whether an unqualified function call in a routine's body reaches pg_catalog's function whatever
 * the caller's search_path (pg_catalog not listed on it, so searched first).
 *
 * Postgres gathers every function of the name on the path; of those with identical argument types
 * it keeps only the one earliest on the path, pg_catalog's; an exact match on the argument types
 * then wins outright. So a call whose arguments all have known types that pg_catalog's signature
 * matches exactly resolves there, and a lookalike elsewhere cannot win. A call needing an implicit
 * cast (a varchar argument to a text parameter) does not: a `public.f(varchar)` would beat it. An
 * untyped literal (`'advisory'`, NULL) is of unknown type: where pg_catalog's candidate takes
 * `text`, the string category's preferred type, any rival taking another type at that place is
 * rejected (Postgres's rule for unknown arguments) and one taking text is the same signature.
 */
import type { FunctionArgument } from '../model/types';
import { catalogFunctionReturn, catalogOperatorReturn, catalogTypname } from '../lib/pg-catalog';

/** The type of an untyped literal, before Postgres resolves it. */
const UNKNOWN = 'unknown';

/** What an expression's names can be: the routine's parameters and variables, by pg_type name. */
export interface CallScope {
  /** Parameters and variables by name; undefined: declared with a type that is not pg_catalog's. */
  variables: Map<string, string | undefined>;
  /** Input parameters by position ($1 is [0]). */
  positional: (string | undefined)[];
  /**
   * Whether a bare name can be taken for a variable: not where the statement reads a relation,
   * whose columns win over a SQL function's parameters (and a PL/pgSQL body may ask for them).
   */
  bareNamesAreVariables: boolean;
}

export function scopeOf(parameters: readonly FunctionArgument[] = []): CallScope {
  const variables = new Map<string, string | undefined>();
  const positional: (string | undefined)[] = [];
  for (const parameter of parameters) {
    if (parameter.mode === 'table') continue;
    const typname = parameter.type.schema ? undefined : catalogTypname(parameter.type.name, parameter.type.arrayDims);
    if (parameter.name) variables.set(parameter.name, typname);
    if (parameter.mode !== 'out') positional.push(typname);
  }
  return { variables, positional, bareNamesAreVariables: true };
}

type Node = Record<string, unknown>;

/** A TypeName node's pg_type name, when it is pg_catalog's (the parser writes `integer` as pg_catalog.int4). */
export function typeNameTypname(typeName: unknown): string | undefined {
  const { names = [], arrayBounds = [] } = typeName as { names?: { String?: { sval?: string } }[]; arrayBounds?: unknown[] };
  const parts = names.map((n) => n.String?.sval ?? '');
  if (parts.length === 2 && parts[0] !== 'pg_catalog') return undefined;
  if (parts.length < 1 || parts.length > 2) return undefined;
  return catalogTypname(parts[parts.length - 1]!, arrayBounds.length);
}

function constType(value: Node): string | undefined {
  if (value.isnull || 'sval' in value) return UNKNOWN;
  if ('boolval' in value) return 'bool';
  if ('ival' in value) return 'int4';
  const fval = (value.fval as { fval?: string } | undefined)?.fval;
  if (fval === undefined) return undefined;
  // An integer too wide for int4 is int8 while it fits, numeric beyond; a decimal is numeric.
  return /^-?\d+$/.test(fval) && BigInt(fval) <= 9223372036854775807n && BigInt(fval) >= -9223372036854775808n ? 'int8' : 'numeric';
}

/** An argument's type as Postgres sees it before resolving the call: a pg_type name, UNKNOWN, or undefined if not known here. */
function expressionType(node: unknown, scope: CallScope): string | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const entries = Object.entries(node as Node) as [string, Node][];
  if (entries.length !== 1) return undefined;
  const [[kind, value]] = entries as [[string, Node]];
  switch (kind) {
    case 'A_Const':
      return constType(value);
    case 'TypeCast':
      return typeNameTypname(value.typeName);
    case 'ParamRef':
      return scope.positional[Number(value.number ?? 0) - 1];
    case 'ColumnRef': {
      const fields = (value.fields as { String?: { sval?: string } }[] | undefined) ?? [];
      const name = fields.length === 1 ? fields[0]?.String?.sval : undefined;
      return name !== undefined && scope.bareNamesAreVariables ? scope.variables.get(name) : undefined;
    }
    case 'FuncCall': {
      const returns = catalogCallReturn(value, scope);
      return returns && !returns.startsWith('setof ') ? returns : undefined;
    }
    case 'A_Expr': {
      const operator = operatorMatch(value, scope);
      return operator?.exact || undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The return type of pg_catalog's function an unqualified call reaches whatever the path ('' when
 * polymorphic), or undefined when the call might reach another schema's function.
 */
export function catalogCallReturn(call: Node, scope: CallScope): string | undefined {
  const funcname = (call.funcname as { String?: { sval?: string } }[] | undefined) ?? [];
  const name = funcname.length === 1 ? funcname[0]?.String?.sval : undefined;
  // VARIADIC arrays and WITHIN GROUP's ordered arguments match otherwise than by position.
  if (name === undefined || call.func_variadic || call.agg_within_group) return undefined;
  const args = call.agg_star ? [] : ((call.args as unknown[] | undefined) ?? []);
  const types: string[] = [];
  for (const arg of args) {
    const type = expressionType(arg, scope);
    if (type === undefined) return undefined;
    types.push(type === UNKNOWN ? 'text' : type);
  }
  return catalogFunctionReturn(name, types);
}

/**
 * An unqualified operator whose operand types are known here: `exact` is pg_catalog's result type
 * when pg_catalog has the operator on exactly those types, and false when it has not, so that an
 * operator elsewhere on the path taking those types would win (`bigint # integer`, which
 * pg_catalog serves only by casting the integer). Undefined when an operand's type is not known.
 * An untyped literal operand takes the other operand's type, as Postgres tries first.
 */
export function operatorMatch(expr: Node, scope: CallScope): { exact: string | false } | undefined {
  const name = expr.name as { String?: { sval?: string } }[] | undefined;
  const op = name?.length === 1 ? name[0]?.String?.sval : undefined;
  if (expr.kind !== 'AEXPR_OP' || op === undefined) return undefined;
  const right = expressionType(expr.rexpr, scope);
  const left = expr.lexpr === undefined ? '' : expressionType(expr.lexpr, scope);
  if (left === undefined || right === undefined) return undefined;
  const known = left === UNKNOWN ? right : right === UNKNOWN ? left : undefined;
  const l = left === UNKNOWN ? (known === UNKNOWN ? 'text' : known!) : left;
  const r = right === UNKNOWN ? (known === UNKNOWN ? 'text' : known!) : right;
  const result = catalogOperatorReturn(op, l, r);
  return { exact: result === undefined ? false : result };
}
