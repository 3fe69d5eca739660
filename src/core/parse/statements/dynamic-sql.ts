/**
 * Objects made by code the script runs: a DO block, or a function or procedure of the model
 * called by `SELECT f(...)`, `SELECT * FROM f(...)`, `CALL p(...)` or PERFORM. The PL/pgSQL body
 * is read with Postgres's own PL/pgSQL parser and walked as it would run, as far as that can be
 * known before it runs:
 * - SQL statements in the body are applied (of IF, the first branch: the "create if missing"
 *   idiom; errors become info, since such blocks usually exist to swallow them);
 * - `EXECUTE <text>` is applied when the text is known (literals, `||`, format(), quote_ident(),
 *   variables assigned known values, the call's constant arguments, FOR loops over constant
 *   bounds or arrays (an array variable declared or assigned with known elements included),
 *   unrolled), with a warning that dynamic SQL was followed;
 * - what cannot be known (EXECUTE of a query's result, loops over rows, other IF branches,
 *   exception handlers) is named in one warning at the call, never skipped in silence.
 * Both lists are kept in the import result (`followedCode`); and what could not be followed is
 * recorded in the model's `dynamicSql` sites (unseen-code.ts), for rules that must say what they
 * could not see.
 */
import type { Node } from '@pgsql/types';
import { parsePlPgSQLSync, parseSync } from 'libpg-query';
import type { RoutineDef } from '../../model/types';
import { type Fields, listName, nodeKind, stringList, stringValue, unwrap } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { type Environment, evaluate, evaluateArray, parseExpressionText } from './static-eval';
import { recordCall, recordDoBlockSite } from './unseen-code';
import { describeStatement, type FollowedStatement, loopHeader, summarizeFollowed } from './followed-summary';

export type ApplyStatement = (ctx: ImportContext, kind: string, stmt: Fields) => void;

/** One piece of dynamic SQL, at the statement that ran it. */
export interface DynamicSqlNote {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** `DO block`, or the function called: `function public.make_partitions(integer)`. */
  context: string;
  /** The SQL that was run (followed), or the EXECUTE / loop that could not be known. */
  sql: string;
  /** Why it could not be followed. */
  reason?: string;
}

const MAX_DEPTH = 4;
const MAX_UNROLL = 500;
/** A body worth reading: it changes the schema, or runs text or other code that may. */
export const MAY_CHANGE_SCHEMA = /\b(create|alter|drop|comment|execute|perform|call)\b/i;
const DDL = /\b(create|alter|drop|comment)\b/i;

interface Run {
  ctx: ImportContext;
  apply: ApplyStatement;
  env: Environment;
  /** Array variables with known elements (`targets text[] := ARRAY['a', 'b']`), by lower-case name. */
  arrays: Map<string, (string | null)[]>;
  datums: Fields[];
  context: string;
  followed: string[];
  unfollowed: { sql: string; reason: string }[];
  /** What the followed SQL made, statement by statement, for the warning. */
  made: FollowedStatement[];
  /** The unrolled loop being walked (the outermost), as the warning names it. */
  loop?: string;
  /** Where the body's first line is: the script's line for a DO block; 1 (the body's own) for a function. */
  firstLine: number;
  /** ` of its body` when lines are the function body's own. */
  lineSuffix: string;
}

/** The script's line (DO block) or the body's (function) of a PL/pgSQL statement's `lineno`. */
function lineOf(run: Run, lineno: number | undefined): number {
  return run.firstLine + (lineno ?? 1) - 1;
}

/** Walks an unrolled loop's runs as the warning's named loop (unless an outer loop is already). */
function asLoop(run: Run, header: string, lineno: number | undefined, runs: number, walkRuns: () => boolean): boolean {
  const outer = run.loop;
  run.loop ??= `${loopHeader(header)} (line ${lineOf(run, lineno)}${run.lineSuffix}, run ${runs === 1 ? 'once' : `${runs} times`})`;
  try {
    return walkRuns();
  } finally {
    run.loop = outer;
  }
}

function expressionText(expr: Fields | undefined): string {
  return String(expr?.PLpgSQL_expr?.query ?? '');
}

/** Whether statements (a loop's body, an ELSE branch) would change the schema when run. */
function changesSchema(statements: unknown): boolean {
  const text = JSON.stringify(statements ?? []);
  return /PLpgSQL_stmt_dynexecute/.test(text) || (/PLpgSQL_stmt_execsql|PLpgSQL_stmt_perform|PLpgSQL_stmt_call/.test(text) && DDL.test(text));
}

/** Applies SQL text statement by statement (errors are kept as issues of the call); its statements. */
function applySql(run: Run, text: string): { stmt: Node }[] {
  let statements: { stmt: Node }[];
  try {
    statements = (parseSync(text).stmts ?? []) as { stmt: Node }[];
  } catch {
    run.unfollowed.push({ sql: text, reason: 'it does not parse' });
    return [];
  }
  for (const raw of statements) {
    try {
      run.apply(run.ctx, nodeKind(raw.stmt) ?? '', unwrap(raw.stmt) ?? {});
    } catch (error) {
      if (error instanceof StatementError) run.ctx.report('error', error.message);
      else throw error;
    }
  }
  return statements;
}

function note(run: Run, sql: string, reason: string, line: number | undefined): void {
  run.unfollowed.push({ sql: sql.length > 120 ? `${sql.slice(0, 117)}...` : sql, reason: line ? `${reason} (line ${line} of the body)` : reason });
}

function setVariable(run: Run, name: string | undefined, value: string | null | undefined): void {
  if (!name) return;
  run.arrays.delete(name.toLowerCase());
  if (value === undefined) run.env.delete(name.toLowerCase());
  else run.env.set(name.toLowerCase(), value);
}

/** `... INTO v`, GET DIAGNOSTICS, FETCH: the variables written get values only known when it runs. */
function forgetTargets(run: Run, s: Fields): void {
  const target = (s.target ?? {}) as Fields;
  const fields = (target.PLpgSQL_row?.fields as Fields[] | undefined) ?? [];
  for (const field of fields) setVariable(run, String(field.name ?? ''), undefined);
  setVariable(run, target.PLpgSQL_var?.refname as string | undefined, undefined);
  for (const item of (s.diag_items as Fields[] | undefined) ?? []) setVariable(run, run.datums[item.PLpgSQL_diag_item?.target]?.PLpgSQL_var?.refname, undefined);
}

/** Walks statements as they would run; `false` once a RETURN ends the body. */
function walk(run: Run, statements: Fields[] | undefined): boolean {
  for (const node of statements ?? []) {
    const kind = Object.keys(node)[0] ?? '';
    const s = (node as Fields)[kind] as Fields;
    switch (kind) {
      case 'PLpgSQL_stmt_execsql':
      case 'PLpgSQL_stmt_perform':
      case 'PLpgSQL_stmt_call': {
        const text = expressionText(s.sqlstmt ?? s.expr);
        applySql(run, text);
        if (s.into) forgetTargets(run, s);
        break;
      }
      case 'PLpgSQL_stmt_dynexecute': {
        const text = expressionText(s.query);
        const value = evaluate(parseExpressionText(text), run.env);
        if (typeof value === 'string') {
          run.followed.push(value);
          for (const { stmt } of applySql(run, value)) run.made.push({ ...describeStatement(stmt, value), loop: run.loop, line: lineOf(run, s.lineno) });
        } else {
          note(run, `EXECUTE ${text}`, 'its text is only known when it runs', s.lineno);
        }
        if (s.into) forgetTargets(run, s);
        break;
      }
      case 'PLpgSQL_stmt_getdiag':
      case 'PLpgSQL_stmt_fetch':
        forgetTargets(run, s);
        break;
      case 'PLpgSQL_stmt_assign': {
        const [target, expression] = expressionText(s.expr).split(/\s*:?=\s*/, 2) as [string, string | undefined];
        const name = run.datums[s.varno]?.PLpgSQL_var?.refname ?? target;
        setVariable(run, name, expression === undefined ? undefined : evaluate(parseExpressionText(expression), run.env));
        if (expression !== undefined) setArray(run, name, expression);
        break;
      }
      case 'PLpgSQL_stmt_block':
        if (!walk(run, s.body)) return false;
        for (const handler of (s.exceptions?.PLpgSQL_exception_block?.exc_list as Fields[] | undefined) ?? []) {
          if (changesSchema(handler)) note(run, 'EXCEPTION handler', 'it only runs when the block fails', s.lineno);
        }
        break;
      case 'PLpgSQL_stmt_if':
        if (!walk(run, s.then_body)) return false;
        if (changesSchema(s.elsif_list) || changesSchema(s.else_body)) {
          note(run, `IF ${expressionText(s.cond)}`, 'only its first branch is followed (the condition is only known when it runs)', s.lineno);
        }
        break;
      case 'PLpgSQL_stmt_case':
        if (changesSchema(s.case_when_list) || changesSchema(s.else_stmts)) note(run, 'CASE', 'which branch runs is only known when it runs', s.lineno);
        break;
      case 'PLpgSQL_stmt_fori':
        if (!unrollRange(run, s)) return false;
        break;
      case 'PLpgSQL_stmt_foreach_a': {
        const values = arrayValue(run, expressionText(s.expr));
        if (values && values.length <= MAX_UNROLL) {
          const ran = asLoop(run, `FOREACH ${run.datums[s.varno]?.PLpgSQL_var?.refname ?? ''} IN ARRAY ${expressionText(s.expr)}`, s.lineno, values.length, () => {
            for (const value of values) {
              setVariable(run, run.datums[s.varno]?.PLpgSQL_var?.refname, value);
              if (!walk(run, s.body)) return false;
            }
            return true;
          });
          if (!ran) return false;
        } else if (changesSchema(s.body)) {
          note(run, `FOREACH ... IN ARRAY ${expressionText(s.expr)}`, 'the array is only known when it runs', s.lineno);
        }
        break;
      }
      case 'PLpgSQL_stmt_fors':
      case 'PLpgSQL_stmt_forc':
      case 'PLpgSQL_stmt_dynfors':
      case 'PLpgSQL_stmt_while':
      case 'PLpgSQL_stmt_loop':
        if (changesSchema(s.body)) {
          const over = kind === 'PLpgSQL_stmt_while' ? `WHILE ${expressionText(s.cond)}` : kind === 'PLpgSQL_stmt_loop' ? 'LOOP' : `FOR ... IN ${expressionText(s.query) || 'a cursor'}`;
          note(run, over, 'how often it runs, and with which values, is only known when it runs', s.lineno);
        }
        break;
      case 'PLpgSQL_stmt_return':
        return false;
      default:
        break;
    }
  }
  return true;
}

/** Records an array variable's elements when the expression assigned to it is a known array. */
function setArray(run: Run, name: string | undefined, expression: string): void {
  const values = name ? arrayValue(run, expression) : undefined;
  if (name && values) run.arrays.set(name.toLowerCase(), values);
}

/** The elements of an array expression: `ARRAY['a', 'b']`, or a variable that holds a known one. */
function arrayValue(run: Run, text: string): (string | null)[] | undefined {
  const node = parseExpressionText(text);
  const known = evaluateArray(node, run.env);
  if (known) return known;
  const ref = node && 'ColumnRef' in node ? stringList((node as Fields).ColumnRef.fields) : [];
  return ref.length === 1 ? run.arrays.get(ref[0]!.toLowerCase()) : undefined;
}

/** `FOR i IN a..b [BY s] LOOP`: unrolled when the bounds are known and the count small. */
function unrollRange(run: Run, s: Fields): boolean {
  const bound = (expr: Fields | undefined) => {
    const value = expr ? evaluate(parseExpressionText(expressionText(expr)), run.env) : '1';
    return typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : undefined;
  };
  const lower = bound(s.lower);
  const upper = bound(s.upper);
  const step = s.step ? bound(s.step) : 1;
  const name = s.var?.PLpgSQL_var?.refname as string | undefined;
  if (lower === undefined || upper === undefined || !step || step <= 0 || Math.abs(upper - lower) / step > MAX_UNROLL) {
    if (changesSchema(s.body)) note(run, `FOR ${name ?? ''} IN ${expressionText(s.lower)}..${expressionText(s.upper)}`, 'its bounds are only known when it runs', s.lineno);
    return true;
  }
  const values: number[] = [];
  if (s.reverse) for (let i = lower; i >= upper; i -= step) values.push(i);
  else for (let i = lower; i <= upper; i += step) values.push(i);
  return asLoop(run, `FOR ${name ?? ''} IN ${expressionText(s.lower)}..${expressionText(s.upper)}`, s.lineno, values.length, () => {
    for (const value of values) {
      setVariable(run, name, String(value));
      if (!walk(run, s.body)) return false;
    }
    return true;
  });
}

/**
 * Runs a PL/pgSQL body (`CREATE FUNCTION ... AS $$body$$` wrapped around it) with the given
 * known values, then reports what was followed and what could not be.
 */
function runBody(ctx: ImportContext, apply: ApplyStatement, body: string, context: string, values: Environment, header: string, lines: Pick<Run, 'firstLine' | 'lineSuffix'>): boolean {
  let fn: Fields | undefined;
  try {
    const parsed = parsePlPgSQLSync(`${header} AS $__body__$${body}$__body__$`) as unknown as Fields;
    fn = parsed.plpgsql_funcs?.[0]?.PLpgSQL_function;
  } catch {
    return true; // Postgres reports the body's own syntax error when it runs; nothing to model.
  }
  const datums = ((fn?.datums as Fields[] | undefined) ?? []).map((d) => d as Fields);
  const run: Run = { ctx, apply, env: new Map(values), arrays: new Map(), datums, context, followed: [], unfollowed: [], made: [], ...lines };
  // Variables declared with a known initial value.
  for (const datum of datums) {
    const v = datum.PLpgSQL_var;
    if (v?.default_val && !run.env.has(String(v.refname).toLowerCase())) {
      setVariable(run, v.refname, evaluate(parseExpressionText(expressionText(v.default_val)), run.env));
      setArray(run, v.refname, expressionText(v.default_val));
    }
  }
  ctx.followDepth++;
  try {
    walk(run, fn?.action ? [fn.action] : []);
  } finally {
    ctx.followDepth--;
  }
  return record(ctx, run);
}

/** The warnings and the import result's lists for one call; true when everything was followed. */
function record(ctx: ImportContext, run: Run): boolean {
  const s = ctx.statement.source;
  const at = { line: s.line, column: s.column, endLine: s.endLine, endColumn: s.endColumn, context: run.context };
  for (const sql of run.followed) ctx.followedCode.followed.push({ ...at, sql });
  for (const item of run.unfollowed) ctx.followedCode.unfollowed.push({ ...at, sql: item.sql, reason: item.reason });
  if (run.made.length > 0) {
    ctx.report('warning', `${run.context} runs SQL built at run time; it was followed and applied. ${summarizeFollowed(run.made, run.lineSuffix)}.`);
  }
  if (run.unfollowed.length > 0) {
    ctx.report('warning', `${run.context}: what it does here could not be followed, so objects it makes or changes may be missing from the model: ${run.unfollowed.map((u) => `${u.sql} (${u.reason})`).join('; ')}.`);
  }
  return run.unfollowed.length === 0;
}

export function doBlock(ctx: ImportContext, stmt: Fields, apply: ApplyStatement): void {
  let body: string | undefined;
  let language = 'plpgsql';
  for (const node of (stmt.args as Node[] | undefined) ?? []) {
    const d = unwrap(node, 'DefElem');
    if (d?.defname === 'as') body = stringValue(d.arg);
    if (d?.defname === 'language') language = (stringValue(d.arg) ?? '').toLowerCase();
  }
  if (!body || language !== 'plpgsql' || !MAY_CHANGE_SCHEMA.test(body) || ctx.followDepth >= MAX_DEPTH) return;
  const issuesBefore = ctx.issues.length;
  const complete = runBody(ctx, apply, body, 'This DO block', new Map(), 'CREATE FUNCTION pg_temp.do_block() RETURNS void LANGUAGE plpgsql', bodyLines(ctx, body));
  if (!complete) recordDoBlockSite(ctx, body);
  downgradeErrors(ctx, issuesBefore, 'In a DO block');
}

/**
 * Where a DO block's body starts in the script, so the warning's lines are the script's: the
 * body is the statement's text between its dollar quotes (a quoted '...' body, whose escapes
 * change the text, falls back to the body's own lines).
 */
function bodyLines(ctx: ImportContext, body: string): Pick<Run, 'firstLine' | 'lineSuffix'> {
  const at = ctx.statement.stale ? -1 : ctx.statement.text.indexOf(body);
  if (at < 0) return { firstLine: 1, lineSuffix: ' of its body' };
  return { firstLine: ctx.statement.source.line + (ctx.statement.text.slice(0, at).match(/\n/g)?.length ?? 0), lineSuffix: '' };
}

/** Errors inside code that ran are kept as info: such code usually exists to swallow them. */
function downgradeErrors(ctx: ImportContext, from: number, prefix: string): void {
  for (const issue of ctx.issues.slice(from)) {
    if (issue.severity === 'error') {
      issue.severity = 'info';
      issue.message = `${prefix}: ${issue.message}`;
    }
  }
}

/** A routine of the model called with these argument nodes (by name and number of arguments). */
function calledRoutine(ctx: ImportContext, call: Fields): RoutineDef | undefined {
  const name = listName(call.funcname);
  const count = ((call.args as Node[] | undefined) ?? []).length;
  const found = ctx.findRoutines(name).filter(({ routine }) => {
    const inputs = routine.arguments.filter((a) => a.mode !== 'out' && a.mode !== 'table');
    const required = inputs.filter((a) => a.default === undefined).length;
    return count >= required && count <= inputs.length;
  });
  return found.length === 1 ? found[0]!.routine : undefined;
}

/**
 * `SELECT f(...)`, `SELECT * FROM f(...)`, `CALL p(...)`, PERFORM: runs the routine's body when
 * it may change the schema. `perRow` names the FROM clause when it runs once per row.
 */
export function followCall(ctx: ImportContext, call: Fields, apply: ApplyStatement, perRow?: string): void {
  if (ctx.followDepth >= MAX_DEPTH) return;
  const routine = calledRoutine(ctx, call);
  if (!routine || !['plpgsql', 'sql'].includes(routine.language)) {
    // Not in the script, ambiguous, or in a language not read here: recorded as code run past.
    if (ctx.followDepth === 0) recordCall(ctx, call);
    return;
  }
  if (!MAY_CHANGE_SCHEMA.test(routine.body)) return;
  const context = `${routine.kind === 'procedure' ? 'Procedure' : 'Function'} ${routine.schema}.${routine.name}(${routine.signature})`;
  if (perRow) {
    const run: Run = { ctx, apply, env: new Map(), arrays: new Map(), datums: [], context, followed: [], unfollowed: [], made: [], firstLine: 1, lineSuffix: ' of its body' };
    note(run, `${routine.name}(...)`, `it runs once per row of ${perRow}`, undefined);
    record(ctx, run);
    recordCall(ctx, call);
    return;
  }
  // The arguments whose values are known, by name and by position.
  const values: Environment = new Map();
  const inputs = routine.arguments.filter((a) => a.mode !== 'out' && a.mode !== 'table');
  ((call.args as Node[] | undefined) ?? []).forEach((arg, i) => {
    const named = unwrap(arg, 'NamedArgExpr');
    const value = evaluate(named ? named.arg : arg, new Map());
    if (value === undefined) return;
    const index = named ? inputs.findIndex((a) => a.name === named.name) : i;
    if (index < 0) return;
    values.set(`$${index + 1}`, value);
    if (inputs[index]?.name) values.set(inputs[index]!.name!.toLowerCase(), value);
  });
  // Arguments left out take their defaults.
  inputs.forEach((input, i) => {
    if (values.has(`$${i + 1}`) || input.default === undefined) return;
    const value = evaluate(parseExpressionText(input.default), new Map());
    if (value === undefined) return;
    values.set(`$${i + 1}`, value);
    if (input.name) values.set(input.name.toLowerCase(), value);
  });
  const issuesBefore = ctx.issues.length;
  if (routine.language === 'sql') {
    if (!routine.sqlBody) {
      const run: Run = { ctx, apply, env: values, arrays: new Map(), datums: [], context, followed: [], unfollowed: [], made: [], firstLine: 1, lineSuffix: ' of its body' };
      ctx.followDepth++;
      try {
        applySql(run, routine.body);
      } finally {
        ctx.followDepth--;
      }
      if (!record(ctx, run) && ctx.followDepth === 0) recordCall(ctx, call);
    }
  } else {
    const args = inputs.map((a, i) => `${a.name ?? `p${i + 1}`} ${a.type.schema ? `${a.type.schema}.` : ''}${a.type.name}${'[]'.repeat(a.type.arrayDims)}`).join(', ');
    const complete = runBody(ctx, apply, routine.body, context, values, `CREATE FUNCTION pg_temp.followed(${args}) RETURNS void LANGUAGE plpgsql`, { firstLine: 1, lineSuffix: ' of its body' });
    if (!complete && ctx.followDepth === 0) recordCall(ctx, call);
  }
  downgradeErrors(ctx, issuesBefore, `In ${context}`);
}

/** The calls a top-level SELECT makes that may change the schema (see followCall). */
export function followSelectCalls(ctx: ImportContext, stmt: Fields, apply: ApplyStatement): void {
  const from = (stmt.fromClause as Node[] | undefined) ?? [];
  const fromFunctions = from.flatMap((item) => {
    const rf = unwrap(item, 'RangeFunction');
    return rf ? ((rf.functions as Node[] | undefined) ?? []).map((f) => unwrap(((unwrap(f, 'List')?.items as Node[] | undefined) ?? [])[0], 'FuncCall')) : [];
  });
  const onlyFunctions = from.length === fromFunctions.length;
  const perRow = onlyFunctions ? undefined : stringList(from.map((item) => ({ String: { sval: unwrap(item, 'RangeVar')?.relname ?? 'a query' } }) as Node)).join(', ');
  for (const target of (stmt.targetList as Node[] | undefined) ?? []) {
    const call = unwrap(unwrap(target, 'ResTarget')?.val, 'FuncCall');
    if (call && stringList(call.funcname).at(-1) !== 'set_config') followCall(ctx, call, apply, perRow);
  }
  for (const call of fromFunctions) if (call) followCall(ctx, call, apply);
}
