/**
 * A rename, followed into SQL the model stores as text (view queries, SQL-standard function
 * bodies, checks, defaults, index expressions and predicates, policies, generated expressions,
 * trigger conditions). Postgres binds all of these by OID, so after `ALTER TABLE members RENAME
 * TO users` (or a column, view, type or function rename) `pg_get_viewdef` and `pg_get_expr`
 * print the new names; the model must print them too, or the differ sees every dependant as
 * changed and drops and re-creates it.
 *
 * The text is parsed with PostgreSQL's grammar and every name is resolved the way Postgres
 * resolves it: FROM items in scope (with aliases, column aliases, CTEs, sub-selects, outer
 * queries), so only the references that mean the renamed object change. A column reference in a
 * select list that changes keeps the output column's name with an alias (`email AS mail`), and
 * a `*` over a table whose column is renamed is spelled out, as Postgres prints them.
 *
 * Where a reference cannot be resolved with certainty (a FROM item whose columns are unknown, a
 * join USING the renamed column, a new name that would capture another reference) the answer is
 * `undefined`: the caller keeps the old text, and the differ then rebuilds the dependant (slow,
 * but right).
 */
import { parseSync } from 'libpg-query';
import type { Node } from '@pgsql/types';
import type { QualifiedName } from '../model/types';
import { deparseNode, type Fields, figureColumnName } from './ast';
import { mayMention } from './rename-mentions';

export type SqlRename =
  | { kind: 'relation'; from: QualifiedName; to: string }
  | { kind: 'column'; table: QualifiedName; from: string; to: string }
  | { kind: 'type'; from: QualifiedName; to: string }
  /** `ambiguous`: other functions share the name (overloads): a call cannot be told apart. */
  | { kind: 'function'; from: QualifiedName; to: string; ambiguous?: boolean };

export interface RenameCatalog {
  /** The relation a written name means (through the search path), with its columns when known. */
  relation(ref: { schema?: string; name: string }): { schema: string; name: string; columns?: string[] } | undefined;
  searchPath: readonly string[];
}

/** A FROM item (or an implicit one: the table an expression belongs to) as a name resolves it. */
export interface ScopeItem {
  /** The name references qualify columns with: the alias, or the relation's name. */
  visible: string;
  /** Schema written before the name (`public.users.id`), when the item has no alias. */
  schema?: string;
  /** The model relation behind the item. */
  target?: QualifiedName;
  /** Visible column name -> the relation's column name; undefined when not known. */
  columns?: Map<string, string>;
  /** The item is the renamed relation itself, named without an alias. */
  namedRelation?: boolean;
  /** A join with USING or NATURAL merges columns of this item. */
  merged?: boolean;
}

class GiveUp extends Error {}

type Scope = ScopeItem[];

function strings(nodes: unknown): string[] {
  return Array.isArray(nodes) ? nodes.map((n) => ((n as Fields).String?.sval as string | undefined) ?? ((n as Fields).A_Star ? '*' : '')) : [];
}

function sameRef(a: QualifiedName, b: QualifiedName): boolean {
  return a.schema === b.schema && a.name === b.name;
}

function columnMap(columns: string[] | undefined, aliases: string[] = []): Map<string, string> | undefined {
  if (!columns) return undefined;
  const map = new Map<string, string>();
  columns.forEach((column, i) => map.set(aliases[i] ?? column, column));
  return map;
}

/** The output column names of a select list, or undefined when one cannot be named. */
export function outputNames(select: Fields | undefined): string[] | undefined {
  if (!select) return undefined;
  if (select.op && select.op !== 'SETOP_NONE') return outputNames(select.larg as Fields);
  if (select.valuesLists) return (select.valuesLists as Fields[])[0]?.List?.items?.map((_: unknown, i: number) => `column${i + 1}`);
  const names: string[] = [];
  for (const target of (select.targetList as Fields[] | undefined) ?? []) {
    const res = target.ResTarget as Fields;
    if (res.name) {
      names.push(res.name as string);
      continue;
    }
    const ref = (res.val as Fields | undefined)?.ColumnRef as Fields | undefined;
    if (ref && strings(ref.fields).pop() === '*') return undefined;
    names.push(figureColumnName(res.val as Node) ?? '?column?');
  }
  return names;
}

class Rewriter {
  changed = false;
  private readonly ctes: Map<string, string[] | undefined>[] = [];

  constructor(
    private readonly rename: SqlRename,
    private readonly catalog: RenameCatalog,
    /** Leading output columns of the top-level select that the view names itself. */
    private readonly namedOutputs = 0,
  ) {}

  /** Whether the relation rename applies to a written name (as a relation, not a CTE). */
  private isRenamedRelation(ref: { schema?: string; name: string }): boolean {
    if (this.rename.kind !== 'relation') return false;
    if (!ref.schema && this.cte(ref.name) !== null) return false;
    const found = this.catalog.relation(ref);
    return Boolean(found && sameRef(found, this.rename.from));
  }

  /** A CTE's columns when `name` is a CTE in scope; null when it is not. */
  private cte(name: string): string[] | undefined | null {
    for (let i = this.ctes.length - 1; i >= 0; i--) if (this.ctes[i]!.has(name)) return this.ctes[i]!.get(name);
    return null;
  }

  private relationItem(rv: Fields): ScopeItem {
    const alias = rv.alias as Fields | undefined;
    const aliasColumns = strings(alias?.colnames);
    const written = rv.schemaname ? { schema: rv.schemaname as string, name: rv.relname as string } : { name: rv.relname as string };
    const visible = (alias?.aliasname as string | undefined) ?? written.name;
    const cte = written.schema ? null : this.cte(written.name);
    if (cte !== null) return { visible, columns: columnMap(cte, aliasColumns) };
    const renamed = this.isRenamedRelation(written);
    const found = this.catalog.relation(written);
    if (renamed) {
      rv.relname = (this.rename as { to: string }).to;
      this.changed = true;
    }
    return {
      visible,
      ...(alias || !written.schema ? {} : { schema: written.schema }),
      ...(found ? { target: { schema: found.schema, name: found.name } } : {}),
      columns: columnMap(found?.columns, aliasColumns),
      ...(renamed && !alias ? { namedRelation: true } : {}),
    };
  }

  /** FROM items of one select (joins flattened), their expressions rewritten on the way. */
  private fromItems(node: Fields, scopes: Scope[], sofar: Scope): void {
    if (node.RangeVar) {
      sofar.push(this.relationItem(node.RangeVar as Fields));
      return;
    }
    if (node.RangeSubselect) {
      const sub = node.RangeSubselect as Fields;
      const alias = sub.alias as Fields | undefined;
      const inner = sub.lateral ? [...scopes, sofar] : scopes;
      this.select(sub.subquery?.SelectStmt as Fields, inner);
      sofar.push({ visible: (alias?.aliasname as string | undefined) ?? '', columns: columnMap(outputNames(sub.subquery?.SelectStmt as Fields), strings(alias?.colnames)) });
      return;
    }
    if (node.JoinExpr) {
      const join = node.JoinExpr as Fields;
      const start = sofar.length;
      this.fromItems(join.larg as Fields, scopes, sofar);
      this.fromItems(join.rarg as Fields, scopes, sofar);
      const using = strings(join.usingClause);
      if (join.isNatural || using.length > 0) for (const item of sofar.slice(start)) item.merged = true;
      if (this.rename.kind === 'column' && sofar.slice(start).some((i) => i.merged && this.providesRenamed(i))) throw new GiveUp();
      if (join.alias && sofar.slice(start).some((i) => this.touches(i))) throw new GiveUp();
      if (join.quals) this.walk(join.quals, [...scopes, sofar]);
      return;
    }
    if (node.RangeFunction) {
      const fn = node.RangeFunction as Fields;
      const alias = fn.alias as Fields | undefined;
      this.walk(fn.functions, fn.lateral ? [...scopes, sofar] : scopes);
      const defs = ((fn.coldeflist as Fields[] | undefined) ?? []).map((d) => d.ColumnDef?.colname as string);
      const names = strings(alias?.colnames);
      sofar.push({ visible: (alias?.aliasname as string | undefined) ?? '', ...(names.length > 0 || defs.length > 0 ? { columns: columnMap(names.length > 0 ? names : defs) } : {}) });
      return;
    }
    if (node.RangeTableSample) {
      const sample = node.RangeTableSample as Fields;
      this.fromItems(sample.relation as Fields, scopes, sofar);
      this.walk(sample.args, scopes);
      this.walk(sample.repeatable, scopes);
      return;
    }
    // XMLTABLE, JSON_TABLE...: their own columns, unknown here.
    this.walk(node, scopes);
    sofar.push({ visible: '' });
  }

  /** The item is (or reads) the renamed table and shows the renamed column under its own name. */
  private providesRenamed(item: ScopeItem): boolean {
    if (this.rename.kind !== 'column' || !item.target || !sameRef(item.target, this.rename.table)) return false;
    return item.columns?.get(this.rename.from) === this.rename.from;
  }

  private touches(item: ScopeItem): boolean {
    return this.providesRenamed(item) || Boolean(item.namedRelation);
  }

  select(select: Fields | undefined, scopes: Scope[], topLevel = false): void {
    if (!select) return;
    const pushed = this.pushCtes(select, scopes);
    if (select.op && select.op !== 'SETOP_NONE') {
      this.select(select.larg as Fields, scopes, topLevel);
      this.select(select.rarg as Fields, scopes, false);
      // ORDER BY / LIMIT of a UNION name output columns, which keep their names.
      this.walk(select.limitCount, scopes);
      this.walk(select.limitOffset, scopes);
      if (pushed) this.ctes.pop();
      return;
    }
    this.walk(select.valuesLists, scopes);
    const items: Scope = [];
    for (const from of (select.fromClause as Fields[] | undefined) ?? []) this.fromItems(from, scopes, items);
    const inner = [...scopes, items];
    select.targetList = this.targetList((select.targetList as Fields[] | undefined) ?? [], inner, topLevel);
    if ((select.targetList as Fields[]).length === 0) delete select.targetList;
    for (const key of ['whereClause', 'groupClause', 'havingClause', 'windowClause', 'sortClause', 'distinctClause', 'limitCount', 'limitOffset']) this.walk(select[key], inner);
    if (pushed) this.ctes.pop();
  }

  private pushCtes(select: Fields, scopes: Scope[]): boolean {
    const ctes = (select.withClause as Fields | undefined)?.ctes as Fields[] | undefined;
    if (!ctes) return false;
    const level = new Map<string, string[] | undefined>();
    this.ctes.push(level);
    for (const node of ctes) {
      const cte = node.CommonTableExpr as Fields;
      const names = strings(cte.aliascolnames);
      const query = cte.ctequery as Fields;
      // A recursive CTE sees itself: its columns are the first branch's.
      level.set(cte.ctename as string, names.length > 0 ? names : outputNames(query.SelectStmt as Fields));
      if (query.SelectStmt) this.select(query.SelectStmt as Fields, scopes);
      else this.statement(query, scopes);
    }
    return true;
  }

  /** The select list, with a `*` spelled out and output names kept where a column is renamed. */
  private targetList(targets: Fields[], scopes: Scope[], topLevel: boolean): Fields[] {
    const out: Fields[] = [];
    for (const target of targets) {
      const res = target.ResTarget as Fields;
      const ref = (res.val as Fields | undefined)?.ColumnRef as Fields | undefined;
      const fields = ref ? strings(ref.fields) : [];
      if (ref && fields[fields.length - 1] === '*') {
        const expanded = this.expandStar(fields.slice(0, -1), scopes);
        if (expanded) {
          for (const [column, qualifier] of expanded) out.push(this.outputColumn(column, qualifier, scopes, topLevel && out.length < this.namedOutputs));
          continue;
        }
      }
      const before = fields[fields.length - 1];
      this.walk(res.val, scopes);
      const after = ref ? strings(ref.fields).pop() : undefined;
      if (ref && !res.name && before !== after && !(topLevel && out.length < this.namedOutputs)) res.name = before;
      this.walk(res.indirection, scopes);
      out.push(target);
    }
    return out;
  }

  private outputColumn(column: string, qualifier: string | undefined, scopes: Scope[], named: boolean): Fields {
    const ref: Fields = { ColumnRef: { fields: [...(qualifier ? [qualifier] : []), column].map((sval) => ({ String: { sval } })) } };
    const res: Fields = { val: ref };
    this.walk(ref, scopes);
    const after = strings(ref.ColumnRef.fields).pop();
    if (after !== column && !named) res.name = column;
    return { ResTarget: res };
  }

  /**
   * The columns a `*` (or `q.*`) stands for, when it covers the renamed column: Postgres expands
   * it when the view is created, so the view keeps the old column name. Undefined when the star
   * can stay as it is; GiveUp when the columns cannot all be named.
   */
  private expandStar(qualifier: string[], scopes: Scope[]): [string, string | undefined][] | undefined {
    // A relation rename: `members.*` becomes `users.*` as any qualified reference does.
    if (this.rename.kind !== 'column') return undefined;
    const items = qualifier.length === 0 ? (scopes[scopes.length - 1] ?? []) : [this.findItem(qualifier, scopes)].filter((i): i is ScopeItem => Boolean(i));
    if (!items.some((i) => this.providesRenamed(i))) return undefined;
    if (items.some((i) => !i.columns || i.merged)) throw new GiveUp();
    const qualify = items.length > 1 || qualifier.length > 0;
    return items.flatMap((item) => [...item.columns!.keys()].map((column): [string, string | undefined] => [column, qualify ? item.visible : undefined]));
  }

  private findItem(qualifier: string[], scopes: Scope[]): ScopeItem | undefined {
    const [schema, name] = qualifier.length === 2 ? qualifier : [undefined, qualifier[0]];
    for (let i = scopes.length - 1; i >= 0; i--) {
      const found = scopes[i]!.find((item) => item.visible === name && (schema === undefined || item.schema === schema));
      if (found) return found;
    }
    return undefined;
  }

  private columnRef(ref: Fields, scopes: Scope[]): void {
    const fields = strings(ref.fields);
    const parts = ref.fields as Fields[];
    const last = fields[fields.length - 1]!;
    if (fields.length === 1) {
      if (last === '*') return;
      this.unqualified(last, parts[0]!, scopes);
      return;
    }
    const qualifier = fields.slice(Math.max(0, fields.length - 3), -1);
    const item = this.findItem(qualifier, scopes);
    if (!item) {
      if (this.rename.kind === 'column' && last === this.rename.from && scopes.length === 0) throw new GiveUp();
      return;
    }
    if (item.namedRelation) {
      parts[parts.length - 2]!.String.sval = (this.rename as { to: string }).to;
      this.changed = true;
    }
    if (this.rename.kind === 'column' && last !== '*' && this.providesRenamed(item) && item.columns?.get(last) === this.rename.from) {
      parts[parts.length - 1]!.String.sval = this.rename.to;
      this.changed = true;
    }
  }

  private unqualified(name: string, part: Fields, scopes: Scope[]): void {
    const rename = this.rename;
    const relevant = rename.kind === 'column' ? name === rename.from || name === rename.to : rename.kind === 'relation';
    if (!relevant) return;
    if (scopes.length === 0 && rename.kind === 'column') throw new GiveUp();
    // Where does it resolve? The innermost scope with an item showing the column.
    for (let i = scopes.length - 1; i >= 0; i--) {
      const scope = scopes[i]!;
      const providers = scope.filter((item) => item.columns?.has(name));
      if (providers.length > 0) {
        if (rename.kind === 'column') {
          // The new name would now be found in a scope nearer than the one it resolved in.
          if (name === rename.to && scopes.slice(i + 1).some((s) => s.some((item) => this.providesRenamed(item)))) throw new GiveUp();
          if (name === rename.from && providers.some((item) => this.providesRenamed(item) && item.columns!.get(name) === rename.from)) {
            if (scope.some((item) => item !== providers[0] && (!item.columns || item.columns.has(rename.to)))) throw new GiveUp();
            part.String.sval = rename.to;
            this.changed = true;
          }
        }
        return;
      }
      if (scope.some((item) => !item.columns)) {
        if (rename.kind === 'column' && scopes.slice(0, i + 1).some((s) => s.some((item) => this.providesRenamed(item)))) throw new GiveUp();
        return;
      }
    }
    // No column of that name: a whole-row reference to a FROM item (`row_to_json(members)`).
    if (rename.kind === 'relation') {
      const item = this.findItem([name], scopes);
      if (item?.namedRelation) {
        part.String.sval = rename.to;
        this.changed = true;
      }
    }
  }

  private typeName(type: Fields): void {
    if (this.rename.kind !== 'type') return;
    const names = type.names as Fields[] | undefined;
    const written = strings(names);
    const name = written[written.length - 1];
    const schema = written.length > 1 ? written[written.length - 2] : undefined;
    if (name !== this.rename.from.name) return;
    if (schema ? schema !== this.rename.from.schema : !this.catalog.searchPath.includes(this.rename.from.schema)) return;
    names![names!.length - 1]!.String.sval = this.rename.to;
    this.changed = true;
  }

  private funcCall(call: Fields): void {
    if (this.rename.kind !== 'function') return;
    const names = call.funcname as Fields[] | undefined;
    const written = strings(names);
    const name = written[written.length - 1];
    const schema = written.length > 1 ? written[written.length - 2] : undefined;
    if (name !== this.rename.from.name) return;
    if (schema ? schema !== this.rename.from.schema : !this.catalog.searchPath.includes(this.rename.from.schema)) return;
    if (this.rename.ambiguous) throw new GiveUp();
    names![names!.length - 1]!.String.sval = this.rename.to;
    this.changed = true;
  }

  /** INSERT / UPDATE / DELETE / MERGE inside a SQL-standard body; anything else walked as it is. */
  statement(node: Fields, scopes: Scope[]): void {
    const [kind] = Object.keys(node);
    const stmt = node[kind!] as Fields;
    if (kind === 'SelectStmt') return this.select(stmt, scopes);
    if (kind === 'InsertStmt' || kind === 'UpdateStmt' || kind === 'DeleteStmt') {
      const pushed = this.pushCtes(stmt, scopes);
      const target = this.relationItem(stmt.relation as Fields);
      if (kind === 'InsertStmt') {
        this.select((stmt.selectStmt as Fields | undefined)?.SelectStmt as Fields, scopes);
        for (const col of (stmt.cols as Fields[] | undefined) ?? []) this.targetColumn(col.ResTarget as Fields, target);
      }
      const items: Scope = [target];
      for (const from of ((kind === 'DeleteStmt' ? stmt.usingClause : stmt.fromClause) as Fields[] | undefined) ?? []) this.fromItems(from, scopes, items);
      const inner = [...scopes, items];
      if (kind === 'UpdateStmt') {
        for (const t of (stmt.targetList as Fields[] | undefined) ?? []) {
          this.targetColumn(t.ResTarget as Fields, target);
          this.walk((t.ResTarget as Fields).val, inner);
        }
      }
      this.walk(stmt.whereClause, inner);
      this.walk(stmt.onConflictClause, inner);
      this.walk(stmt.returningList, inner);
      if (pushed) this.ctes.pop();
      return;
    }
    this.walk(node, scopes);
  }

  /** A column named as the target of INSERT (cols) or UPDATE SET. */
  private targetColumn(res: Fields, target: ScopeItem): void {
    if (this.rename.kind === 'column' && this.providesRenamed(target) && res.name === this.rename.from) {
      res.name = this.rename.to;
      this.changed = true;
    }
  }

  walk(value: unknown, scopes: Scope[]): void {
    if (Array.isArray(value)) {
      for (const item of value) this.walk(item, scopes);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value as Fields)) {
      switch (key) {
        case 'SelectStmt':
          this.select(child as Fields, scopes);
          continue;
        case 'InsertStmt':
        case 'UpdateStmt':
        case 'DeleteStmt':
          this.statement({ [key]: child }, scopes);
          continue;
        case 'ColumnRef':
          this.columnRef(child as Fields, scopes);
          continue;
        case 'RangeVar':
          // A relation named outside a FROM clause (TABLE x, LOCK...).
          this.relationItem(child as Fields);
          continue;
        // Wrapped, or a field holding one unwrapped (TypeCast.typeName).
        case 'TypeName':
        case 'typeName':
          if (child && typeof child === 'object') this.typeName(child as Fields);
          break;
        case 'FuncCall':
          this.funcCall(child as Fields);
          break;
        default:
          break;
      }
      this.walk(child, scopes);
    }
  }
}

function run(tree: Fields, rename: SqlRename, catalog: RenameCatalog, go: (r: Rewriter, tree: Fields) => void, namedOutputs = 0): boolean | undefined {
  const rewriter = new Rewriter(rename, catalog, namedOutputs);
  try {
    go(rewriter, tree);
  } catch (error) {
    if (error instanceof GiveUp) return undefined;
    throw error;
  }
  return rewriter.changed;
}

/**
 * A statement's parse tree (a view's query) with the rename followed, as a new tree; the same
 * tree when nothing in it changes; undefined when it cannot be done with certainty.
 * `namedOutputs`: how many leading output columns have names of their own (`CREATE VIEW v (a, b)`).
 */
export function renameInStatementTree(tree: Node, rename: SqlRename, catalog: RenameCatalog, namedOutputs = 0): Node | undefined {
  const copy = structuredClone(tree) as Fields;
  const changed = run(copy, rename, catalog, (r, t) => (t.SelectStmt ? r.select(t.SelectStmt as Fields, [], true) : r.statement(t, [])), namedOutputs);
  if (changed === undefined) return undefined;
  return changed ? (copy as Node) : tree;
}

/** A view's query as stored: the new text, the same text, or undefined (see renameInStatementTree). */
export function renameInQuery(sql: string, rename: SqlRename, catalog: RenameCatalog, namedOutputs = 0): string | undefined {
  if (!mayMention(sql, rename)) return sql;
  const tree = parseOne(sql);
  if (!tree) return undefined;
  const renamed = renameInStatementTree(tree, rename, catalog, namedOutputs);
  return renamed === undefined ? undefined : renamed === tree ? sql : deparseNode(renamed);
}

/**
 * An expression stored for a table (a check, default, index expression, policy, trigger
 * condition): `scope` holds the items its bare names resolve to (the table; NEW and OLD).
 */
export function renameInExpression(expression: string, rename: SqlRename, catalog: RenameCatalog, scope: ScopeItem[]): string | undefined {
  if (!mayMention(expression, rename)) return expression;
  const statement = parseOne(`SELECT ${expression}`);
  const tree = ((statement as Fields | undefined)?.SelectStmt?.targetList as Fields[] | undefined)?.[0]?.ResTarget?.val as Fields | undefined;
  if (!tree || ((statement as Fields).SelectStmt.targetList as Fields[]).length !== 1) return undefined;
  const changed = run(tree, rename, catalog, (r, t) => r.walk(t, [structuredClone(scope)]));
  if (changed === undefined) return undefined;
  return changed ? deparseNode(tree as Node) : expression;
}

/**
 * A SQL-standard function body (`RETURN ...` or `BEGIN ATOMIC ... END`), its parameters in the
 * outermost scope (a column of the same name wins over a parameter, as in Postgres).
 */
export function renameInRoutineBody(body: string, parameters: string[], rename: SqlRename, catalog: RenameCatalog): string | undefined {
  if (!mayMention(body, rename)) return body;
  let parsed: Fields | undefined;
  try {
    parsed = (parseSync(`CREATE FUNCTION f() RETURNS void LANGUAGE sql ${body}`).stmts?.[0]?.stmt as Fields | undefined)?.CreateFunctionStmt?.sql_body as Fields | undefined;
  } catch {
    return undefined;
  }
  if (!parsed) return undefined;
  const scope: ScopeItem[] = [{ visible: '', columns: new Map(parameters.map((p) => [p, p])) }];
  const changed = run(parsed, rename, catalog, (r, t) => {
    if (t.ReturnStmt) r.walk(t.ReturnStmt, [scope]);
    else for (const st of statementsOf(t)) r.statement(st, [scope]);
  });
  if (changed === undefined) return undefined;
  if (!changed) return body;
  if (parsed.ReturnStmt) return deparseNode(parsed as Node);
  return `BEGIN ATOMIC\n${statementsOf(parsed).map((st) => `  ${deparseNode(st as Node)};`).join('\n')}\nEND`;
}

function statementsOf(body: Fields): Fields[] {
  const outer = (body.List?.items as Fields[] | undefined) ?? [];
  return outer.flatMap((item) => (item.List?.items as Fields[] | undefined) ?? [item]);
}

function parseOne(sql: string): Node | undefined {
  try {
    const stmts = parseSync(sql).stmts;
    return stmts?.length === 1 ? (stmts[0]!.stmt as Node) : undefined;
  } catch {
    return undefined;
  }
}

