/**
 * Whether a LANGUAGE sql body looks anything up by name: an unqualified relation, function or
 * type. Names Postgres resolves in pg_catalog first (operators and casts on built-in types,
 * keywords) and names written with their schema do not depend on the caller's search_path; any
 * unqualified relation, function call (a same-named function with a closer signature elsewhere
 * on the path can win) or non-catalog type might, so this answers "yes" for any of them, and for
 * a body it cannot parse.
 */
import { parseSync } from 'libpg-query';
import { catalogTypname, isCatalogRelation } from '../lib/pg-catalog';
import type { FunctionArgument } from '../model/types';
import { parsePlpgsqlBody } from '../parse/plpgsql-body';
import { catalogCallReturn, operatorMatch, scopeOf, typeNameTypname, type CallScope } from './catalog-calls';

const NAMED = new Set(['CallStmt', 'CreateStmt', 'CopyStmt']);

export interface LookupOptions {
  /**
   * Count also what a caller who chooses the path can redirect, for a SECURITY DEFINER function,
   * where a wrong guess is an escalation. Every operator: one whose argument types match exactly
   * beats pg_catalog's polymorphic one (`anyenum = anyenum`) wherever it sits on the path, and the
   * operand types are not known here. Every type written without a schema (`text`, `uuid`; the
   * grammar's keyword types such as `integer` come out as pg_catalog's): pg_catalog is searched
   * first only when the path does not list it later (`SET search_path = mine, pg_catalog`), and
   * pg_temp, unless listed, comes before it for types.
   */
  strict?: boolean;
  /** The routine's parameters: a call on them can be matched to pg_catalog's signature exactly. */
  parameters?: readonly FunctionArgument[];
}

export function sqlBodyNamesObjects(body: string, options: LookupOptions = {}): boolean {
  // `AS ''`: an empty SQL body (a void function that does nothing) names nothing.
  if (!body.trim()) return false;
  let tree: unknown;
  try {
    tree = parseSync(body);
  } catch {
    return true;
  }
  return statementsName(tree, options, scopeOf(options.parameters));
}

/** Each statement of a parsed body, with bare names taken for variables only where it reads no relation. */
function statementsName(tree: unknown, options: LookupOptions, scope: CallScope): boolean {
  const statements = (tree as { stmts?: unknown[] }).stmts ?? [];
  return statements.some((statement) => names(statement, options, { ...scope, bareNamesAreVariables: !readsRelation(statement) }));
}

/** Whether a statement has a FROM item or a target relation, whose columns a bare name may mean. */
function readsRelation(statement: unknown): boolean {
  return /"(fromClause|relation|RangeVar|RangeFunction|RangeSubselect)"/.test(JSON.stringify(statement));
}

/**
 * The same question for a PL/pgSQL body: each SQL statement and expression in it (parsed by
 * libpg-query's PL/pgSQL parser), and the types of its variables. Dynamic SQL (EXECUTE) could
 * name anything, so it counts as naming something.
 */
export function plpgsqlBodyNamesObjects(body: string, options: LookupOptions = {}): boolean {
  const tree = parsePlpgsqlBody(body);
  return tree === undefined || plpgsqlNames(tree, options, plpgsqlScope(tree, options));
}

/** The routine's parameters and the body's declared variables (a name declared twice with different types: not known). */
function plpgsqlScope(tree: unknown, options: LookupOptions): CallScope {
  const scope = scopeOf(options.parameters);
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const variable = value as { refname?: string; lineno?: number; datatype?: { PLpgSQL_type?: { typname?: string } } };
      if (key === 'PLpgSQL_var' && variable.lineno && variable.refname) {
        const typname = catalogTypname(variable.datatype?.PLpgSQL_type?.typname ?? '');
        const known = scope.variables.has(variable.refname) ? scope.variables.get(variable.refname) : typname;
        scope.variables.set(variable.refname, known === typname ? typname : undefined);
      }
      visit(value);
    }
  };
  visit(tree);
  return scope;
}

/** Statements that run SQL text built at run time. */
const DYNAMIC = new Set(['PLpgSQL_stmt_dynexecute', 'PLpgSQL_stmt_dynfors']);

function plpgsqlNames(node: unknown, options: LookupOptions, scope: CallScope): boolean {
  if (Array.isArray(node)) return node.some((n) => plpgsqlNames(n, options, scope));
  if (!node || typeof node !== 'object') return false;
  for (const [key, value] of Object.entries(node)) {
    if (DYNAMIC.has(key)) return true;
    if (key === 'PLpgSQL_expr') {
      const expr = value as { query?: unknown; parseMode?: unknown };
      if (expressionNames(String(expr.query ?? ''), Number(expr.parseMode ?? 0), options, scope)) return true;
    }
    // PL/pgSQL's own variables (found, tg_op, ...) carry no line: their types are not looked up.
    if (key === 'PLpgSQL_var' && options.strict && !(value as { lineno?: unknown }).lineno) continue;
    if (key === 'PLpgSQL_type' && !catalogTypeName(String((value as { typname?: unknown }).typname ?? ''), options)) return true;
    if (plpgsqlNames(value, options, scope)) return true;
  }
  return false;
}

/**
 * A PL/pgSQL expression or statement, by the parse mode PL/pgSQL gives it: 0 a statement
 * (`INSERT INTO ...`), 2 an expression (`NEW.total > 0`, an IF's condition, where `a = b` is a
 * comparison), 3 to 5 an assignment (`x := a + 1`, `x = 3`), whose target is not looked up.
 */
function expressionNames(query: string, parseMode: number, options: LookupOptions, scope: CallScope): boolean {
  const value = parseMode >= 3 ? query.replace(/^\s*[\w."$]+(\[[^\]]*\])?\s*:?=\s*/, '') : query;
  const attempts = parseMode === 0 ? [query, `SELECT ${query}`] : [`SELECT ${value}`];
  for (const text of attempts) {
    let tree: unknown;
    try {
      tree = parseSync(text);
    } catch {
      continue;
    }
    return statementsName(tree, options, scope);
  }
  return true;
}

/** A variable's declared type as PL/pgSQL prints it: `integer`, `text[]`, `app.users%rowtype`. */
function catalogTypeName(typname: string, options: LookupOptions): boolean {
  const name = typname.toLowerCase().replace(/\[\]$/g, '').replace(/\(.*\)/, '').trim();
  const rowOrColumn = /%(row)?type$/.exec(name);
  const base = name.replace(/%(row)?type$/, '');
  // table%ROWTYPE needs schema.table; table.column%TYPE needs schema.table.column.
  if (rowOrColumn) return base.split('.').length >= (rowOrColumn[1] ? 2 : 3);
  if (base.includes('.')) return true;
  if (options.strict) return KEYWORD_TYPES.test(base);
  return catalogTypname(base) !== undefined;
}

/** Types the grammar itself names as pg_catalog's (keywords), whatever the path. */
const KEYWORD_TYPES = /^(integer|int|bigint|smallint|boolean|numeric|decimal|real|float|double precision|character varying|varchar|character|char|timestamp( with(out)? time zone)?|time( with(out)? time zone)?|interval|bit varying|bit)$/;

function names(node: unknown, options: LookupOptions, scope: CallScope): boolean {
  if (Array.isArray(node)) return node.some((n) => names(n, options, scope));
  if (!node || typeof node !== 'object') return false;
  for (const [key, value] of Object.entries(node)) {
    if (NAMED.has(key)) return true;
    if (options.strict && key === 'A_Expr') return true;
    // An operator on operands of known types that pg_catalog serves only through a cast.
    if (key === 'A_Expr' && operatorMatch(value as Record<string, unknown>, scope)?.exact === false) return true;
    // A relation or function written with its schema (pg_catalog.current_setting) is not looked up.
    // A relation appears as a RangeVar node, or as the typed `relation` of INSERT, UPDATE, DELETE.
    if ((key === 'RangeVar' || key === 'relation' || key === 'rel') && lookedUpRelation(value, options)) return true;
    if (key === 'FuncCall' && ((value as { funcname?: unknown[] }).funcname?.length ?? 0) < 2 && (options.strict || catalogCallReturn(value as Record<string, unknown>, scope) === undefined)) return true;
    // A type outside pg_catalog (`::my_enum`) is looked up on the search_path; `::int` is
    // pg_catalog.int4, and `::text` names a type pg_catalog has, which is searched first.
    if ((key === 'TypeName' || key === 'typeName') && !catalogType(value, options)) return true;
    if (names(value, options, scope)) return true;
  }
  return false;
}

/**
 * An unqualified relation, unless it is one of pg_catalog's (`pg_locks`), found there first
 * (only a temporary table of the caller's own session, with the caller's rights, comes before it).
 * The strict reading counts it: a path that lists pg_catalog later puts other schemas first.
 */
function lookedUpRelation(value: unknown, options: LookupOptions): boolean {
  if (!value || typeof value !== 'object' || !('relname' in value)) return false;
  const { relname, schemaname } = value as { relname: string; schemaname?: string };
  return !schemaname && (options.strict || !isCatalogRelation(relname));
}

function catalogType(typeName: unknown, options: LookupOptions): boolean {
  const parts = ((typeName as { names?: { String?: { sval?: string } }[] }).names ?? []).map((n) => n.String?.sval ?? '');
  // A type written with its schema (`::test.point_2d`, `pg_catalog.int4`) is not looked up.
  if (parts.length >= 2) return true;
  return parts.length === 1 && !options.strict && typeNameTypname(typeName) !== undefined;
}
