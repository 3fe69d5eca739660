/**
 * What a piece of SQL stored in the model refers to (a default, a check, an index predicate, a
 * policy, a view's query, a SQL function's body): the columns, relations, functions, types and
 * sequences named in it, read from PostgreSQL's own parse tree. The dependency module uses it to
 * find what must be dropped and created again around a change.
 *
 * Names are as written (unqualified names are not resolved: callers match them against the
 * search path they know). When the text cannot be parsed, or the parser is not loaded, the
 * answer is undefined and callers assume the worst (that it refers to everything).
 */
import { parseSync } from 'libpg-query';
import { forEachField } from '../parse/ast';

export interface NameRef {
  schema?: string;
  name: string;
}

export interface References {
  /** Column names (the last part of each column reference); `*` for a star. */
  columns: Set<string>;
  relations: NameRef[];
  functions: NameRef[];
  /** Types named in casts (`'x'::mood`). */
  types: NameRef[];
  /** Sequences named in nextval / currval / setval calls. */
  sequences: NameRef[];
}

type Fields = Record<string, unknown>;

function strings(list: unknown): string[] {
  if (!Array.isArray(list)) return [];
  return list.map((node) => ((node as Fields).String as Fields | undefined)?.sval as string | undefined).filter((s): s is string => s !== undefined);
}

function nameRef(parts: string[]): NameRef | undefined {
  const name = parts[parts.length - 1];
  if (name === undefined) return undefined;
  return parts.length > 1 ? { schema: parts[parts.length - 2]!, name } : { name };
}

/** `'public.users_id_seq'` as nextval's argument: a possibly qualified, possibly quoted name. */
function sequenceName(literal: string): NameRef | undefined {
  const parts: string[] = [];
  const pattern = /\s*(?:"((?:[^"]|"")*)"|([^".]+))\s*(\.|$)/y;
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < literal.length && (match = pattern.exec(literal))) {
    parts.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!.trim().toLowerCase());
    if (match[3] === '') break;
  }
  return nameRef(parts);
}

const SEQUENCE_FUNCTIONS = new Set(['nextval', 'currval', 'setval']);

function collect(tree: unknown): References {
  const refs: References = { columns: new Set(), relations: [], functions: [], types: [], sequences: [] };
  const cteNames = new Set<string>();
  forEachField(tree, (key, f) => {
    if (key === 'ColumnRef') {
      const fields = f.fields as unknown[] | undefined;
      const last = fields?.[fields.length - 1] as Fields | undefined;
      if (last && 'A_Star' in last) refs.columns.add('*');
      else {
        const name = strings(fields).pop();
        if (name) refs.columns.add(name);
      }
      return false;
    }
    if (key === 'RangeVar') {
      refs.relations.push(f.schemaname ? { schema: f.schemaname as string, name: f.relname as string } : { name: f.relname as string });
      return false;
    }
    if (key === 'CommonTableExpr') cteNames.add(f.ctename as string);
    if (key === 'FuncCall') {
      const ref = nameRef(strings(f.funcname));
      if (ref) {
        refs.functions.push(ref);
        if (!ref.schema || ref.schema === 'pg_catalog') {
          const first = (f.args as Fields[] | undefined)?.[0];
          const literal = literalOf(first);
          if (SEQUENCE_FUNCTIONS.has(ref.name) && literal !== undefined) {
            const sequence = sequenceName(literal);
            if (sequence) refs.sequences.push(sequence);
          }
        }
      }
    }
    if (key === 'TypeCast') {
      const ref = nameRef(strings((f.typeName as Fields | undefined)?.names).filter((n) => n !== 'pg_catalog'));
      if (ref) refs.types.push(ref);
    }
    return true;
  });
  if (cteNames.size > 0) refs.relations = refs.relations.filter((r) => r.schema || !cteNames.has(r.name));
  return refs;
}

/** The string constant of an argument, through casts (`'seq'::regclass`). */
function literalOf(node: Fields | undefined): string | undefined {
  if (!node) return undefined;
  const constant = node.A_Const as Fields | undefined;
  if (constant) return (constant.sval as Fields | undefined)?.sval as string | undefined;
  const cast = node.TypeCast as Fields | undefined;
  return cast ? literalOf(cast.arg as Fields) : undefined;
}

const cache = new Map<string, References | undefined>();

function parsed(sql: string): References | undefined {
  if (cache.has(sql)) return cache.get(sql);
  let refs: References | undefined;
  try {
    refs = collect(parseSync(sql));
  } catch {
    refs = undefined;
  }
  if (cache.size > 20_000) cache.clear();
  cache.set(sql, refs);
  return refs;
}

/** An expression as stored in the model (a default, a check, a predicate, a policy clause). */
export function expressionReferences(expression: string): References | undefined {
  return parsed(`SELECT (${expression})`);
}

/** One or more whole statements (a view's query, a SQL function's body). */
export function statementReferences(sql: string): References | undefined {
  return parsed(sql);
}

/** Whether an unqualified or qualified name written in SQL can mean the object `target`. */
export function namesObject(ref: NameRef, target: { schema: string; name: string }, searchPath: readonly string[] = ['public']): boolean {
  if (ref.name !== target.name) return false;
  return ref.schema ? ref.schema === target.schema : searchPath.includes(target.schema) || target.schema === 'pg_catalog';
}
