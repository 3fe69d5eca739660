import { conjunctsOf, disjunctsOf, expressionColumnsOf, notNullTestColumn, nullTestColumn } from './expressions';
import { columnsNamed } from './heuristics';
import { defineRule } from './types';

/**
 * An exclusive arc (pattern catalogue: polymorphic associations as separate FKs) is only
 * exclusive when a CHECK says exactly one of its FK columns is set: `num_nonnulls(a, b, c) = 1`.
 * Without it a row can point at two parents, or none.
 */
export default defineRule({
  meta: {
    id: 'require-exclusive-arc-check',
    category: 'patterns',
    description: 'Nullable FKs forming an exclusive arc need a CHECK that exactly one is set.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'polymorphic-arc',
  },
  create(context) {
    return {
      table(table) {
        if (table.partitionOf) return;
        const nullable = table.foreignKeys.filter((fk) => fk.columns.length === 1 && !columnsNamed(table, fk.columns[0])[0]?.notNull);
        if (nullable.length < 2) return;
        // An arc is declared by a CHECK over several of these columns (num_nonnulls, or a
        // hand-written OR of IS NOT NULL tests); check the ones that are.
        const arcColumns = new Set(nullable.map((fk) => fk.columns[0]!));
        for (const check of table.checks) {
          const used = expressionColumnsOf(check.expression).filter((c) => arcColumns.has(c));
          if (used.length < 2) continue;
          // An arc picks one of several parents: null tests over keys to different tables.
          if (!/IS (NOT )?NULL|num_(non)?nulls/i.test(check.expression)) continue;
          const arc = nullable.filter((fk) => used.includes(fk.columns[0]!));
          const parents = new Set(arc.map((fk) => `${fk.references.schema}.${fk.references.name}`));
          if (parents.size < 2) continue;
          // ON DELETE SET NULL empties the arc when a parent goes: "exactly one" would then make
          // that DELETE fail, so such an arc can only promise "at most one".
          const setNull = arc.filter((fk) => fk.onDelete === 'set-null');
          // Owners that each let go on their own (every FK ON DELETE SET NULL) and a CHECK that
          // only says in which states a row may have none are shared ownership, not an arc.
          if (setNull.length === arc.length && ownerRequiredUntilState(check.expression, used)) continue;
          const want = setNull.length > 0 ? '<= 1' : '= 1';
          const cases = enumeratedArcCases(check.expression, used);
          const exactlyOne = enforcesExactlyOne(check.expression, used.length) || (cases?.every((c) => c.set === 1 || (c.set === 0 && c.guarded)) ?? false);
          const atMostOne = enforcesAtMostOne(check.expression, used.length) || (cases !== undefined && cases.every((c) => c.set <= 1) && cases.some((c) => c.set === 0 && !c.guarded));
          if (setNull.length > 0 ? atMostOne : exactlyOne) continue;
          const names = setNull.map((fk) => fk.name).join(', ');
          context.report({
            target: { schema: table.schema, table: table.name, name: check.name },
            message:
              setNull.length === 0
                ? `CHECK ${check.name} over ${used.join(', ')} does not enforce exactly one parent.`
                : exactlyOne
                  ? `CHECK ${check.name} over ${used.join(', ')} requires exactly one parent, but ${names} ${setNull.length === 1 ? 'is' : 'are'} ON DELETE SET NULL: deleting that parent would violate it and fail.`
                  : `CHECK ${check.name} over ${used.join(', ')} does not enforce at most one parent.`,
            help:
              setNull.length === 0
                ? `Use CHECK (num_nonnulls(${used.join(', ')}) = 1).`
                : `Use CHECK (num_nonnulls(${used.join(', ')}) <= 1): with ON DELETE SET NULL a row whose parent is deleted is left with none, so "exactly one" cannot hold (use ON DELETE CASCADE or RESTRICT if every row must keep a parent).`,
            source: check.source,
            fix: {
              kind: 'changes',
              description: `Replace ${check.name} with num_nonnulls(...) ${want}`,
              changes: [
                { kind: 'drop-constraint', table: { schema: table.schema, name: table.name }, name: check.name },
                {
                  kind: 'add-constraint',
                  table: { schema: table.schema, name: table.name },
                  constraint: { type: 'check', name: check.name, expression: `num_nonnulls(${used.join(', ')}) ${want}`, notValid: false, noInherit: false, deferrable: false, initiallyDeferred: false },
                },
              ],
            },
          });
        }
      },
    };
  },
});

/**
 * Whether a CHECK over an arc's columns says "exactly one": `num_nonnulls(...) = 1`, a sum of
 * CASE / casts `= 1`, or for two columns `(a IS NOT NULL) <> (b IS NOT NULL)`. "At least one"
 * (`OR`, `>= 1`) and "at most one" (`<= 1`) are what this rule exists to catch.
 */
export function enforcesExactlyOne(expression: string, columns: number): boolean {
  const equalsOne = /(^|[^<>!])=\s*1\b/.test(expression);
  if (equalsOne) return true;
  const numNulls = /num_nulls\s*\(/i.test(expression) && new RegExp(`(^|[^<>!])=\\s*${columns - 1}\\b`).test(expression);
  if (numNulls) return true;
  return columns === 2 && /IS (NOT )?NULL\)?\s*(<>|!=)\s*\(?/i.test(expression);
}

/** Whether a CHECK says "at most one": `num_nonnulls(...) <= 1` / `< 2`, `num_nulls(...) >= n - 1`, or for two columns `NOT (a IS NOT NULL AND b IS NOT NULL)`. */
export function enforcesAtMostOne(expression: string, columns: number): boolean {
  if (/num_nonnulls\s*\([^)]*\)\s*(<=\s*1|<\s*2)\b/i.test(expression)) return true;
  if (/num_nulls\s*\([^)]*\)\s*(>=\s*(\d+)|>\s*(\d+))/i.test(expression)) {
    const m = /num_nulls\s*\([^)]*\)\s*(?:>=\s*(\d+)|>\s*(\d+))/i.exec(expression)!;
    const bound = m[1] !== undefined ? Number(m[1]) : Number(m[2]) + 1;
    if (bound >= columns - 1) return true;
  }
  return columns === 2 && /^NOT\s*\(\s*\(?\s*\S+\s+IS NOT NULL\s*\)?\s+AND\s+\(?\s*\S+\s+IS NOT NULL\s*\)?\s*\)$/i.test(expression.trim());
}

/**
 * One case of a CHECK written out as an OR of cases, each pinning every arc column with IS NULL /
 * IS NOT NULL: `(a IS NOT NULL AND b IS NULL) OR (a IS NULL AND b IS NOT NULL)`, the hand-written
 * "exactly one" that Rails and Ecto apps use. `set` counts the parents the case sets; `guarded`
 * says the case also tests another column (`... OR (a IS NULL AND b IS NULL AND match_mode =
 * 'all_options')`): a parentless row is then a declared kind of row, not a forgotten reference.
 */
interface ArcCase {
  set: number;
  guarded: boolean;
}

/** The cases of a CHECK in that enumerated shape, or undefined when it has another shape. */
export function enumeratedArcCases(expression: string, columns: string[]): ArcCase[] | undefined {
  const disjuncts = disjunctsOf(expression);
  if (disjuncts.length < 2) return undefined;
  const cases: ArcCase[] = [];
  for (const disjunct of disjuncts) {
    const pinned = new Map<string, boolean>();
    let guarded = false;
    for (const term of conjunctsOf(disjunct)) {
      const setColumn = notNullTestColumn(term);
      const column = setColumn ?? nullTestColumn(term);
      if (column !== undefined && columns.includes(column)) {
        if (pinned.get(column) === (setColumn === undefined)) return undefined; // a IS NULL AND a IS NOT NULL
        pinned.set(column, setColumn !== undefined);
        continue;
      }
      // Any other test of an arc column (a = 3, coalesce(a, b)) is a shape not read here.
      if (expressionColumnsOf(term).some((c) => columns.includes(c))) return undefined;
      guarded = true;
    }
    if (columns.some((c) => !pinned.has(c))) return undefined;
    cases.push({ set: [...pinned.values()].filter(Boolean).length, guarded });
  }
  return cases;
}

/** The terms of a predicate split on `split` (AND or OR) at every level of parentheses. */
function flatTerms(expression: string, split: (e: string) => string[]): string[] {
  const terms = split(expression);
  return terms.length === 1 ? terms : terms.flatMap((t) => flatTerms(t, split));
}

/**
 * Whether a CHECK over nullable FK columns is a lifecycle rule about having an owner at all:
 * `(state IN ('created', 'failed') AND a IS NULL AND b IS NULL) OR a IS NOT NULL OR b IS NOT
 * NULL` (Concourse's volumes: a volume needs an owner while it is being created, and afterwards
 * may outlive every one). Each case either sets one column with nothing said of the others, or
 * sets none under a test of another column (the row's state). Nothing limits how many are set,
 * and the only condition is the row's state, not which parent it has: the columns are owners
 * that may hold the row together.
 */
export function ownerRequiredUntilState(expression: string, columns: string[]): boolean {
  let ownerless = false;
  let owned = false;
  for (const disjunct of flatTerms(expression, disjunctsOf)) {
    const setColumn = notNullTestColumn(disjunct);
    if (setColumn !== undefined && columns.includes(setColumn)) {
      owned = true;
      continue;
    }
    const terms = flatTerms(disjunct, conjunctsOf);
    const pinnedNull = new Set(terms.map(nullTestColumn).filter((c): c is string => c !== undefined && columns.includes(c)));
    const guards = terms.filter((t) => !pinnedNull.has(nullTestColumn(t) ?? ''));
    if (pinnedNull.size !== columns.length || guards.length === 0) return false;
    if (guards.some((t) => expressionColumnsOf(t).some((c) => columns.includes(c)))) return false;
    ownerless = true;
  }
  return ownerless && owned;
}
