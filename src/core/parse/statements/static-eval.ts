/**
 * The value of a PL/pgSQL expression when it can be known without running anything: string and
 * number literals, `||`, casts of constants, format() with %s / %I / %L (and positions),
 * quote_ident / quote_literal / quote_nullable, concat / concat_ws, lower / upper / replace, and
 * variables whose value is itself known. Anything else (a query's result, a loop variable over
 * rows, now()) is `undefined`: the caller says so instead of guessing.
 */
import { parseSync } from 'libpg-query';
import type { Node } from '@pgsql/types';
import { quoteIdent, quoteLiteral } from '../../model/names';
import { type Fields, nodeKind, stringList, unwrap } from '../ast';

/** Variable values known so far, by lower-case name (`$1` for positional parameters). */
export type Environment = Map<string, string | null>;

/** Parses the text of an expression (`format('...', t)`) into its tree. */
export function parseExpressionText(text: string): Node | undefined {
  try {
    const stmt = parseSync(`SELECT ${text}`).stmts?.[0]?.stmt as Fields | undefined;
    const targets = stmt?.SelectStmt?.targetList as Node[] | undefined;
    if (!targets || targets.length !== 1 || stmt?.SelectStmt?.fromClause) return undefined;
    return unwrap(targets[0], 'ResTarget')?.val as Node | undefined;
  } catch {
    return undefined;
  }
}

/** format()'s conversions: %s, %I, %L, %%, with optional `n$` positions. */
function format(template: string, args: (string | null)[]): string | undefined {
  let next = 0;
  let failed = false;
  const text = template.replace(/%(?:(\d+)\$)?(-?\d*)([sIL%])/g, (_m, position: string | undefined, _width: string, kind: string) => {
    if (kind === '%') return '%';
    const index = position ? Number(position) - 1 : next;
    next = index + 1;
    if (index >= args.length) {
      failed = true;
      return '';
    }
    const value = args[index] ?? null;
    if (kind === 's') return value ?? '';
    if (kind === 'I') {
      if (value === null) failed = true;
      return quoteIdent(value ?? '');
    }
    return value === null ? 'NULL' : quoteLiteral(value);
  });
  return failed ? undefined : text;
}

/** The constant value of an expression tree; `null` is SQL NULL, `undefined` unknown. */
export function evaluate(node: Node | undefined, env: Environment): string | null | undefined {
  const f = unwrap(node) ?? {};
  switch (nodeKind(node)) {
    case 'A_Const':
      if (f.isnull) return null;
      if (f.sval) return String(f.sval.sval ?? '');
      if (f.ival) return String(f.ival.ival ?? 0);
      if (f.fval) return String(f.fval.fval ?? '');
      if (f.boolval) return f.boolval.boolval ? 'true' : 'false';
      return '0';
    case 'TypeCast':
      return evaluate(f.arg, env);
    case 'ColumnRef': {
      const parts = stringList(f.fields);
      if (parts.length !== 1) return undefined;
      const value = env.get(parts[0]!.toLowerCase());
      return value === undefined ? undefined : value;
    }
    case 'ParamRef':
      return env.get(`$${f.number}`);
    case 'A_Expr': {
      const op = stringList(f.name).join('');
      if (f.kind !== 'AEXPR_OP' || !['||', '+', '-', '*'].includes(op)) return undefined;
      const left = evaluate(f.lexpr, env);
      const right = evaluate(f.rexpr, env);
      if (left === undefined || right === undefined) return undefined;
      if (left === null || right === null) return null;
      if (op === '||') return left + right;
      // Integer arithmetic (loop counters, partition bounds): anything else is not known.
      if (!/^-?\d+$/.test(left) || !/^-?\d+$/.test(right)) return undefined;
      const [a, b] = [BigInt(left), BigInt(right)];
      return String(op === '+' ? a + b : op === '-' ? a - b : a * b);
    }
    case 'FuncCall': {
      const name = stringList(f.funcname).pop();
      const args = ((f.args as Node[] | undefined) ?? []).map((a) => evaluate(a, env));
      if (args.some((a) => a === undefined)) return undefined;
      const values = args as (string | null)[];
      switch (name) {
        case 'format':
          return values[0] === null || values[0] === undefined ? null : format(values[0], values.slice(1));
        case 'quote_ident':
          return values[0] === null ? null : quoteIdent(values[0] ?? '');
        case 'quote_literal':
          return values[0] === null ? null : quoteLiteral(values[0] ?? '');
        case 'quote_nullable':
          return values[0] === null ? 'NULL' : quoteLiteral(values[0] ?? '');
        case 'concat':
          return values.map((v) => v ?? '').join('');
        case 'concat_ws':
          return values[0] === null ? null : values.slice(1).filter((v) => v !== null).join(values[0]);
        case 'lower':
          return values[0] === null ? null : values[0]?.toLowerCase();
        case 'upper':
          return values[0] === null ? null : values[0]?.toUpperCase();
        case 'replace':
          return values.some((v) => v === null) ? null : values[0]!.split(values[1]!).join(values[2]!);
        default:
          return undefined;
      }
    }
    default:
      return undefined;
  }
}

/** The elements of `ARRAY['a', 'b']` (or a known array literal), when all are known. */
export function evaluateArray(node: Node | undefined, env: Environment): (string | null)[] | undefined {
  const array = unwrap(node, 'A_ArrayExpr') ?? unwrap(unwrap(node, 'TypeCast')?.arg, 'A_ArrayExpr');
  if (!array) return undefined;
  const values = ((array.elements as Node[] | undefined) ?? []).map((e) => evaluate(e, env));
  return values.some((v) => v === undefined) ? undefined : (values as (string | null)[]);
}
