/**
 * Reads pg_catalog's functions and types from Postgres itself (PGlite) in the shape of
 * src/core/lib/pg-catalog-builtins.json, which the lint rules ship instead of a list typed by hand.
 * test/core/lib/pg-catalog-builtins.test.ts regenerates it and compares (UPDATE_PG_CATALOG=1 writes it).
 */
import { PGlite } from '@electric-sql/pglite';

export interface CatalogBuiltins {
  /** `name(argtype,...)returntype`, one per callable arity; a set-returning function's return is `setof`. */
  functions: string[];
  /** `op(lefttype,righttype)resulttype`; a prefix operator has no left type (`-(,int4)int4`). */
  operators: string[];
  /** Names of pg_catalog's types (arrays as `_elem`, as pg_type spells them). */
  types: string[];
  /** pg_catalog's tables and views. */
  relations: string[];
}

/**
 * Pseudo-types an argument can never match exactly: a call's argument has a real type, so a
 * polymorphic candidate loses to a same-named function with concrete types elsewhere on the path.
 */
const PSEUDO = /^(any|anyelement|anyarray|anynonarray|anyenum|anyrange|anymultirange|anycompatible\w*|internal|cstring|unknown)$/;

export async function readCatalogBuiltins(db?: PGlite): Promise<CatalogBuiltins> {
  const pg = db ?? (await PGlite.create());
  try {
    const procs = await pg.query<{ proname: string; args: string[]; defaults: number; variadic: boolean; ret: string; retset: boolean }>(`
      SELECT p.proname, p.pronargdefaults AS defaults, p.provariadic <> 0 AS variadic, p.proretset AS retset, rt.typname AS ret,
        array(SELECT t.typname FROM unnest(p.proargtypes) WITH ORDINALITY AS a(oid, n) JOIN pg_type t ON t.oid = a.oid ORDER BY a.n) AS args
      FROM pg_proc p JOIN pg_type rt ON rt.oid = p.prorettype
      WHERE p.pronamespace = 'pg_catalog'::regnamespace AND p.prokind IN ('f', 'a', 'w')`);
    const functions = new Set<string>();
    for (const p of procs.rows) {
      // A VARIADIC function matches by its expanded arguments; left out, its calls are not vouched for.
      if (p.variadic || p.args.some((a) => PSEUDO.test(a))) continue;
      const ret = PSEUDO.test(p.ret) ? '' : `${p.retset ? 'setof ' : ''}${p.ret}`;
      // Each arity a call may use, leaving off trailing arguments that have defaults.
      for (let n = p.args.length - p.defaults; n <= p.args.length; n++) functions.add(`${p.proname}(${p.args.slice(0, n).join(',')})${ret}`);
    }
    const operators = await pg.query<{ op: string; left: string | null; right: string; result: string }>(`
      SELECT o.oprname AS op, l.typname AS left, r.typname AS right, t.typname AS result
      FROM pg_operator o LEFT JOIN pg_type l ON l.oid = o.oprleft JOIN pg_type r ON r.oid = o.oprright JOIN pg_type t ON t.oid = o.oprresult
      WHERE o.oprnamespace = 'pg_catalog'::regnamespace`);
    const operatorSignatures = operators.rows
      .filter((o) => !PSEUDO.test(o.left ?? '') && !PSEUDO.test(o.right))
      .map((o) => `${o.op}(${o.left ?? ''},${o.right})${PSEUDO.test(o.result) ? '' : o.result}`);
    const types = await pg.query<{ typname: string }>(`SELECT typname FROM pg_type WHERE typnamespace = 'pg_catalog'::regnamespace`);
    const relations = await pg.query<{ relname: string }>(
      `SELECT relname FROM pg_class WHERE relnamespace = 'pg_catalog'::regnamespace AND relkind IN ('r', 'v', 'm', 'p', 'f')`,
    );
    const sorted = (values: Iterable<string>) => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { functions: sorted(functions), operators: sorted(new Set(operatorSignatures)), types: sorted(types.rows.map((r) => r.typname)), relations: sorted(relations.rows.map((r) => r.relname)) };
  } finally {
    if (!db) await pg.close();
  }
}
