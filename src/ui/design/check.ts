/**
 * What the user types as SQL (a column type, a default, a check, an index predicate) is read by
 * Postgres's own parser: the text is put in a tiny statement and imported like any DDL. Errors are
 * Postgres's; the result is the canonical form the model keeps (so it compares equal to the same
 * thing written another way). Pure: the parser is passed in (the worker's, or the tests').
 */
import type { TypeRef } from '../../core/model';
import type { ImportResult } from '../../core/parse';

export type CheckKind = 'type' | 'default' | 'check' | 'predicate';

export interface CheckRequest {
  kind: CheckKind;
  text: string;
}

export type CheckReply = { ok: true; type?: TypeRef; sql?: string } | { ok: false; error: string };

type Import = (sql: string) => ImportResult;

const T = '__schemawise_check';
const C = '__schemawise_value';

const WHAT: Record<CheckKind, string> = { type: 'a type', default: 'an expression', check: 'a condition', predicate: 'a condition' };

function statementOf(request: CheckRequest): string {
  switch (request.kind) {
    case 'type':
      return `CREATE TABLE ${T} (${C} ${request.text});`;
    case 'default':
      return `CREATE TABLE ${T} (${C} text DEFAULT ${request.text});`;
    case 'check':
      return `CREATE TABLE ${T} (CHECK (${request.text}));`;
    case 'predicate':
      return `CREATE TABLE ${T} (${C} int);\nCREATE INDEX ${T}_i ON ${T} (${C}) WHERE ${request.text};`;
  }
}

/**
 * Postgres's message without the parts that only make sense for the wrapper statement: a text
 * that stops short makes the parser trip over the `)` or `;` the wrapper puts after it.
 */
function cleanMessage(message: string, text: string): string {
  const incomplete = / at end of input|at or near "[);]"$/;
  const trips = incomplete.test(message) && !/[);]$/.test(text);
  return (trips ? message.replace(incomplete, ' at the end (the text is incomplete)') : message).replace(/\s+/g, ' ').trim();
}

export function runCheck(importSql: Import, request: CheckRequest): CheckReply {
  const text = request.text.trim();
  if (!text) return { ok: false, error: `Empty: type ${WHAT[request.kind]}.` };
  // A statement end would let the text run statements of its own.
  if (/;/.test(text.replace(/'(?:[^']|'')*'/g, "''"))) return { ok: false, error: 'A semicolon is not allowed here.' };
  const result = importSql(statementOf({ ...request, text }));
  const error = result.issues.find((issue) => issue.severity === 'error');
  if (error) return { ok: false, error: cleanMessage(error.message, text) };
  const table = result.schema.tables[`public.${T}`];
  const expected = request.kind === 'predicate' ? 2 : 1;
  if (!table || result.stats.statements !== expected) return { ok: false, error: `Not ${WHAT[request.kind]}.` };
  switch (request.kind) {
    case 'type': {
      const column = table.columns[0];
      if (!column || table.columns.length !== 1) return { ok: false, error: 'Not a type.' };
      if (column.default?.startsWith('nextval(')) {
        return { ok: false, error: `${text} makes a sequence of its own; choose integer or bigint and turn on Identity instead.` };
      }
      const extra = column.notNull || column.default !== undefined || column.identity || column.generated || column.collation || table.primaryKey || table.uniqueConstraints.length + table.checks.length + table.foreignKeys.length > 0;
      if (extra) return { ok: false, error: 'Only the type: set NOT NULL, defaults, keys and checks with their own fields.' };
      return { ok: true, type: column.type };
    }
    case 'default': {
      const column = table.columns[0];
      if (!column || table.columns.length !== 1 || column.default === undefined || column.notNull || table.checks.length > 0 || table.primaryKey || table.uniqueConstraints.length > 0) return { ok: false, error: 'Not an expression.' };
      return { ok: true, sql: column.default };
    }
    case 'check': {
      const check = table.checks[0];
      if (!check || table.checks.length !== 1 || table.columns.length > 0) return { ok: false, error: 'Not a condition.' };
      return { ok: true, sql: check.expression };
    }
    case 'predicate': {
      const index = table.indexes[0];
      if (!index?.where || table.indexes.length !== 1) return { ok: false, error: 'Not a condition.' };
      return { ok: true, sql: index.where };
    }
  }
}
