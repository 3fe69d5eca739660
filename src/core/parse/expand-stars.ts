/**
 * A view's `*` and `t.*`, spelled out as Postgres does when the view is created. Postgres
 * expands them in the parse tree it stores, so `CREATE VIEW v AS SELECT * FROM t` keeps t's
 * columns as they are then (pg_get_viewdef prints `SELECT a, b FROM t`): a column added to t
 * later is not in v. The model keeps a query's text, so the text must say so, or a view
 * re-created later (by a migration, or by printing the schema) would pick up the new columns.
 *
 * The columns are written the way pg_get_viewdef writes them: bare in the outermost query when
 * it reads one FROM item that is not a join, qualified everywhere else (sub-selects, CTEs,
 * UNION branches, joins); a column merged by USING / NATURAL is the left side's, the right
 * side's in a RIGHT JOIN, and bare in a FULL JOIN (Postgres's COALESCE of both). Stars inside
 * sub-queries (EXISTS, scalar sub-selects, FROM sub-selects, CTEs) are spelled out too, as
 * Postgres does. A star whose columns cannot all be named with certainty (a function in FROM, a
 * relation the model does not know, a name that would be ambiguous) is kept as it is written.
 */
import type { Node } from '@pgsql/types';
import { copyTree, type Fields } from './ast';
import { outputNames, type RenameCatalog } from './rename-sql';

/** One column of a star: its name, and the FROM item name that qualifies it. */
interface StarColumn {
  column: string;
  qualifier?: string;
  /** A FULL JOIN's merged column: written bare (it belongs to no one side). */
  merged?: boolean;
}

/** A FROM item a `q.*` or a qualified reference can name. */
interface Visible {
  name?: string;
  columns?: string[];
}

/** What a FROM item adds to its select: the names it makes visible and what `*` gives for it. */
interface FromShape {
  visible: Visible[];
  /** Undefined when some column is unknown. */
  star?: StarColumn[];
}

function strings(nodes: unknown): string[] {
  return Array.isArray(nodes) ? nodes.map((n) => ((n as Fields).String?.sval as string | undefined) ?? ((n as Fields).A_Star ? '*' : '')) : [];
}

/** Columns renamed by an alias's column list (`t AS x(a, b)`): the first ones, by position. */
function aliased(columns: string[] | undefined, alias: Fields | undefined): string[] | undefined {
  const names = strings(alias?.colnames);
  return columns?.map((c, i) => names[i] ?? c);
}

/**
 * A sub-query's output names, when they are certain: Postgres names some expressions after what
 * it finds once they are analysed (a scalar sub-select after its column, CURRENT_DATE...), where
 * the parse tree alone says `?column?`; such a column cannot be named here.
 */
function certain(names: string[] | undefined): string[] | undefined {
  return names?.includes('?column?') ? undefined : names;
}

function single(name: string | undefined, columns: string[] | undefined): FromShape {
  return { visible: [{ name, columns }], star: columns?.map((column) => ({ column, qualifier: name })) };
}

function hasTargetStar(value: unknown): boolean {
  if (Array.isArray(value)) {
    for (const item of value) if (hasTargetStar(item)) return true;
    return false;
  }
  if (!value || typeof value !== 'object') return false;
  if ('A_Star' in (value as Fields)) return true;
  for (const key in value as Fields) if (hasTargetStar((value as Fields)[key])) return true;
  return false;
}

class StarExpander {
  private readonly ctes: Map<string, string[] | undefined>[] = [];

  constructor(private readonly catalog: RenameCatalog) {}

  /** A CTE's columns when `name` is a CTE in scope; null when it is not. */
  private cte(name: string): string[] | undefined | null {
    for (let i = this.ctes.length - 1; i >= 0; i--) if (this.ctes[i]!.has(name)) return this.ctes[i]!.get(name);
    return null;
  }

  select(select: Fields | undefined, outermost: boolean): void {
    if (!select) return;
    const pushed = this.withClause(select);
    if (select.op && select.op !== 'SETOP_NONE') {
      // Each branch of a UNION is a sub-query of its own to Postgres: its columns are qualified.
      this.select(select.larg as Fields, false);
      this.select(select.rarg as Fields, false);
      this.nested([select.sortClause, select.limitCount, select.limitOffset]);
    } else {
      const shapes = ((select.fromClause as Fields[] | undefined) ?? []).map((item) => this.fromItem(item));
      const bare = outermost && shapes.length === 1 && !(select.fromClause as Fields[])[0]!.JoinExpr;
      if (select.targetList) select.targetList = this.targetList(select.targetList as Fields[], shapes, bare);
      for (const key in select) if (key !== 'withClause' && key !== 'fromClause' && key !== 'targetList') this.nested(select[key]);
    }
    if (pushed) this.ctes.pop();
  }

  /** Sub-selects inside expressions (EXISTS, IN, scalar sub-queries, ARRAY(...)). */
  private nested(value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.nested(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const key in value as Fields) {
      const child = (value as Fields)[key];
      if (key === 'SelectStmt') this.select(child as Fields, false);
      else this.nested(child);
    }
  }

  private withClause(select: Fields): boolean {
    const clause = select.withClause as Fields | undefined;
    const ctes = clause?.ctes as Fields[] | undefined;
    if (!ctes) return false;
    const level = new Map<string, string[] | undefined>();
    this.ctes.push(level);
    for (const node of ctes) {
      const cte = node.CommonTableExpr as Fields;
      const body = (cte.ctequery as Fields).SelectStmt as Fields | undefined;
      const columns = (select: Fields) => certain(aliased(outputNames(select), { colnames: cte.aliascolnames }));
      if (!body) {
        // A data-modifying CTE: its RETURNING list is not read here.
        level.set(cte.ctename as string, undefined);
        continue;
      }
      if (clause!.recursive && body.op && body.op !== 'SETOP_NONE') {
        // The recursive branch reads the CTE itself, whose columns are the first branch's.
        this.select(body.larg as Fields, false);
        level.set(cte.ctename as string, columns(body.larg as Fields));
      }
      this.select(body, false);
      level.set(cte.ctename as string, columns(body));
    }
    return true;
  }

  private relation(rv: Fields): FromShape {
    const alias = rv.alias as Fields | undefined;
    const name = (alias?.aliasname as string | undefined) ?? (rv.relname as string);
    const cte = rv.schemaname ? null : this.cte(rv.relname as string);
    const columns = cte !== null ? cte : this.catalog.relation(rv.schemaname ? { schema: rv.schemaname as string, name: rv.relname as string } : { name: rv.relname as string })?.columns;
    return single(name, aliased(columns, alias));
  }

  private fromItem(node: Fields): FromShape {
    if (node.RangeVar) return this.relation(node.RangeVar as Fields);
    if (node.RangeSubselect) {
      const sub = node.RangeSubselect as Fields;
      const query = sub.subquery?.SelectStmt as Fields | undefined;
      this.select(query, false);
      return single(sub.alias?.aliasname as string | undefined, certain(aliased(outputNames(query), sub.alias as Fields | undefined)));
    }
    if (node.RangeTableSample) return this.fromItem((node.RangeTableSample as Fields).relation as Fields);
    if (node.JoinExpr) return this.join(node.JoinExpr as Fields);
    // Functions, XMLTABLE, JSON_TABLE: their columns are not read here (sub-selects in their
    // arguments still are).
    this.nested(node);
    const alias = (Object.values(node)[0] as Fields | undefined)?.alias as Fields | undefined;
    return { visible: [{ name: alias?.aliasname as string | undefined }] };
  }

  /** A join: USING / NATURAL columns first (merged), then the left side's, then the right's. */
  private join(join: Fields): FromShape {
    const left = this.fromItem(join.larg as Fields);
    const right = this.fromItem(join.rarg as Fields);
    this.nested(join.quals);
    let star: StarColumn[] | undefined;
    let using = strings(join.usingClause);
    if (left.star && right.star) {
      if (join.isNatural) {
        const rightNames = new Set(right.star.map((s) => s.column));
        using = left.star.map((s) => s.column).filter((c) => rightNames.has(c));
      }
      const side = join.jointype === 'JOIN_RIGHT' ? right.star : left.star;
      const merged = using.map((column): StarColumn => (join.jointype === 'JOIN_FULL' ? { column, merged: true } : side.find((s) => s.column === column) ?? { column }));
      const unmerged = (s: StarColumn) => !using.includes(s.column);
      star = [...merged, ...left.star.filter(unmerged), ...right.star.filter(unmerged)];
    }
    const alias = join.alias as Fields | undefined;
    if (alias) {
      // `(a JOIN b ...) AS j` hides a and b: only j is visible.
      const name = alias.aliasname as string;
      return single(name, aliased(star?.map((s) => s.column), alias));
    }
    const visible = [...left.visible, ...right.visible];
    const usingAlias = (join.join_using_alias as Fields | undefined)?.aliasname as string | undefined;
    if (usingAlias) visible.push({ name: usingAlias, columns: strings(join.usingClause) });
    return { visible, star };
  }

  private targetList(targets: Fields[], shapes: FromShape[], bare: boolean): Fields[] {
    const visible = shapes.flatMap((s) => s.visible);
    const out: Fields[] = [];
    for (const target of targets) {
      const res = target.ResTarget as Fields;
      const fields = strings((res.val as Fields | undefined)?.ColumnRef?.fields);
      const columns = fields[fields.length - 1] === '*' && !res.indirection ? this.starColumns(fields.slice(0, -1), shapes, visible, bare) : undefined;
      if (!columns) {
        this.nested(res.val);
        out.push(target);
        continue;
      }
      for (const { column, qualifier } of columns) {
        const written = bare || qualifier === undefined ? [column] : [qualifier, column];
        out.push({ ResTarget: { val: { ColumnRef: { fields: written.map((sval) => ({ String: { sval } })) } } } });
      }
    }
    return out;
  }

  /** The columns a star stands for, when every one can be named without ambiguity. */
  private starColumns(qualifier: string[], shapes: FromShape[], visible: Visible[], bare: boolean): StarColumn[] | undefined {
    let columns: StarColumn[] | undefined;
    if (qualifier.length === 0) {
      if (shapes.length === 0 || shapes.some((s) => !s.star)) return undefined;
      columns = shapes.flatMap((s) => s.star!);
    } else {
      // `schema.t.*` names a relation written with its schema: the item is visible as `t`.
      const name = qualifier[qualifier.length - 1];
      const found = visible.filter((v) => v.name === name);
      if (found.length !== 1 || !found[0]!.columns) return undefined;
      columns = found[0]!.columns.map((column) => ({ column, qualifier: name }));
    }
    // Each column must name one column of one item, or the spelled-out query would not run.
    for (const { column, qualifier: q, merged } of columns) {
      if (merged) continue;
      const items = bare ? visible : visible.filter((v) => q !== undefined && v.name === q);
      if (items.length !== 1 || items[0]!.columns?.filter((c) => c === column).length !== 1) return undefined;
    }
    return columns;
  }
}

/**
 * A view's query (a SelectStmt node) with its stars spelled out against the relations as they
 * are now; the same node when there is no star to spell out. The input tree is not changed.
 */
export function expandStars(query: Node | undefined, catalog: RenameCatalog): Node | undefined {
  const select = (query as Fields | undefined)?.SelectStmt as Fields | undefined;
  if (!select || !hasTargetStar(select)) return query;
  const copy = copyTree(query) as Fields;
  new StarExpander(catalog).select(copy.SelectStmt as Fields, true);
  return copy as Node;
}
