/**
 * The DEFAULT of a column (CREATE TABLE, ADD COLUMN, a typed table's WITH OPTIONS) and of a
 * domain is a `b_expr` in Postgres' grammar, not an `a_expr`: the operators that would be
 * ambiguous after it (AND, OR, NOT, IS NULL, LIKE, BETWEEN, IN, AT TIME ZONE, COLLATE,
 * `= ANY (...)`, ...) are only accepted inside parentheses. `DEFAULT (now() AT TIME ZONE 'utc')`
 * is read back as the expression without them, so the printer puts them back where the grammar
 * needs them. (ALTER COLUMN ... SET DEFAULT takes an a_expr and needs none.)
 */
import { parseSync } from 'libpg-query';
import type { Node } from '@pgsql/types';
import { type Fields, nodeKind, unwrap } from '../parse/ast';
import { sqlFragment } from './safe-text';

/** Function calls written as SQL syntax that the grammar reads as a_expr (`x AT TIME ZONE z`, `(a, b) OVERLAPS (c, d)`, `s IS NORMALIZED`). */
const A_EXPR_SYNTAX_FUNCTIONS = new Set(['timezone', 'overlaps', 'is_normalized']);

/** c_expr node kinds: an expression made of these alone reads the same as a b_expr. */
const C_EXPR_KINDS = new Set([
  'A_Const',
  'ColumnRef',
  'ParamRef',
  'SQLValueFunction',
  'A_ArrayExpr',
  'CaseExpr',
  'CoalesceExpr',
  'MinMaxExpr',
  'RowExpr',
  'A_Indirection',
  'GroupingFunc',
  'XmlExpr',
  'XmlSerialize',
  'JsonObjectConstructor',
  'JsonArrayConstructor',
  'JsonArrayQueryConstructor',
  'JsonObjectAgg',
  'JsonArrayAgg',
  'JsonParseExpr',
  'JsonScalarExpr',
  'JsonSerializeExpr',
  'JsonFuncExpr',
  'MergeSupportFunc',
]);

function isBExpr(node: Node | undefined): boolean {
  const kind = nodeKind(node);
  if (kind === undefined) return true;
  const fields = unwrap(node) as Fields;
  switch (kind) {
    case 'FuncCall': {
      const name = (fields.funcname as Node[] | undefined)?.at(-1);
      const last = (unwrap(name, 'String')?.sval as string | undefined)?.toLowerCase();
      return !(fields.funcformat === 'COERCE_SQL_SYNTAX' && last !== undefined && A_EXPR_SYNTAX_FUNCTIONS.has(last));
    }
    case 'TypeCast':
      return isBExpr(fields.arg as Node | undefined);
    case 'A_Expr':
      // b_expr has `b_expr op b_expr`, prefix operators, IS [NOT] DISTINCT FROM; NULLIF is a c_expr.
      if (fields.kind === 'AEXPR_NULLIF') return true;
      if (fields.kind !== 'AEXPR_OP' && fields.kind !== 'AEXPR_DISTINCT' && fields.kind !== 'AEXPR_NOT_DISTINCT') return false;
      return isBExpr(fields.lexpr as Node | undefined) && isBExpr(fields.rexpr as Node | undefined);
    case 'SubLink':
      return fields.subLinkType === 'EXPR_SUBLINK' || fields.subLinkType === 'EXISTS_SUBLINK' || fields.subLinkType === 'ARRAY_SUBLINK';
    default:
      return C_EXPR_KINDS.has(kind);
  }
}

/**
 * Defaults read so far: an ADD COLUMN's default is read twice (does it need parentheses, does
 * Squawk take it as safe), and one default text often stands on many columns. A text the parser
 * could not read (not loaded yet) is not kept, so it is read again once it is.
 */
const readDefaults = new Map<string, Node | null>();
const READ_DEFAULTS_KEPT = 500;

/** The top node of `text` read as an expression, or undefined when it does not read as one. */
function expressionNode(text: string): Node | undefined {
  const known = readDefaults.get(text);
  if (known !== undefined) return known ?? undefined;
  let node: Node | null;
  try {
    const select = unwrap(parseSync(`SELECT ${text}`).stmts?.[0]?.stmt as Node | undefined, 'SelectStmt');
    const targets = select?.targetList as Node[] | undefined;
    node = !targets || targets.length !== 1 || select?.fromClause ? null : ((unwrap(targets[0], 'ResTarget')?.val as Node | undefined) ?? null);
  } catch {
    return undefined;
  }
  if (readDefaults.size >= READ_DEFAULTS_KEPT) readDefaults.clear();
  readDefaults.set(text, node);
  return node ?? undefined;
}

/** Calls Squawk's adding-field-with-default knows to be safe in a default (its list, as tried). */
const SQUAWK_SAFE_CALLS = new Set(['now', 'statement_timestamp', 'transaction_timestamp']);

/**
 * A default written as a constant (cast or not), a special value function (CURRENT_TIMESTAMP)
 * or `now()`: what Squawk's adding-field-with-default reads as safe. Anything else
 * (`now() AT TIME ZONE 'utc'`, `'x' COLLATE "C"`, `lower('X')`) it reports, however stable.
 */
export function squawkTakesDefaultAsSafe(text: string): boolean {
  let node = expressionNode(text);
  while (nodeKind(node) === 'TypeCast') node = (unwrap(node) as Fields).arg as Node | undefined;
  const kind = nodeKind(node);
  if (kind === 'A_Const' || kind === 'SQLValueFunction') return true;
  if (kind !== 'FuncCall') return false;
  const call = unwrap(node) as Fields;
  const name = (unwrap((call.funcname as Node[] | undefined)?.at(-1), 'String')?.sval as string | undefined)?.toLowerCase();
  return !(call.args as Node[] | undefined)?.length && name !== undefined && SQUAWK_SAFE_CALLS.has(name);
}

function needsParentheses(text: string): boolean {
  // Not readable as one expression here (or the parser not loaded): parentheses are always valid.
  const node = expressionNode(text);
  return node === undefined || !isBExpr(node);
}

/** Clauses already worked out: a schema prints the same few defaults (now(), 0, '') again and again. */
const clauses = new Map<string, string>();

/** `DEFAULT <expression>` for a column or domain definition, parenthesized when the grammar needs it. */
export function defaultClause(text: string, what: string): string {
  const known = clauses.get(text);
  if (known !== undefined) return known;
  const expression = sqlFragment(text, what);
  const clause = `DEFAULT ${needsParentheses(expression) ? `(${expression})` : expression}`;
  if (clauses.size > 10_000) clauses.clear();
  clauses.set(text, clause);
  return clause;
}
