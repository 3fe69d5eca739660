/**
 * The SQL a document carries, read by Postgres's parser before any of it reaches the model: every
 * default, check, predicate, index and partition expression, generated expression, partition
 * bound, trigger WHEN, policy USING / WITH CHECK, storage option list, view query, type and whole
 * function definition in the document's edits, each as exactly one thing of its kind
 * (src/core/parse/fragment.ts, the same reading the designer's fields get). What comes back is
 * the canonical text, which replaces the document's (so what is printed later is the deparser's
 * spelling, never the file's). Pattern parameters are checked against the pattern's own.
 *
 * Runs where the parser is: the worker in the app, Node in the CLI and the tests.
 */
import type { ColumnChanges, SchemaChange, TableConstraint } from '../changes/types';
import { formatType } from '../model/format-type';
import type { Column, ExclusionConstraint, Index, PartitionKeyElement, RoutineDef, SequenceOptions, Table, Trigger, TypeRef, UserType, View } from '../model/types';
import { checkFragment, type FragmentKind, type FragmentReply, type FragmentRequest } from '../parse/fragment';
import type { ImportResult } from '../parse/import';
import { validateParams } from '../patterns/params';
import { PATTERNS_BY_ID } from '../patterns/registry';
import { isPatternId } from '../patterns/types';
import { routineSql } from '../sql/print-schema';
import { placeOf, problemsError } from './problems';
import type { PatternApplication, SchemawiseDocument } from './types';
import { appendAll } from '../lib/arrays';

type Import = (sql: string) => ImportResult;

/** A type no literal is ever cast to, for expressions whose column type the edit does not say. */
const UNKNOWN_TYPE: TypeRef = { schema: 'pg_temp', name: '__schemawise_unknown', modifiers: [], arrayDims: 0 };
type Path = (string | number)[];

/** The parts of a document that carry SQL (the source text is the user's own, read by the importer). */
export type DocumentContent = Pick<SchemawiseDocument, 'edits' | 'patterns'>;

interface Fragment extends FragmentRequest {
  path: Path;
  /** Puts the canonical result in place (in the copy being checked). */
  accept(reply: Extract<FragmentReply, { ok: true }>): void;
}

/** Collects the fragments of one copy of the content; each `accept` writes into that copy. */
class Collector {
  readonly fragments: Fragment[] = [];
  /** Parts refused before any parsing. */
  readonly problems: { path: Path; message: string }[] = [];

  private add(path: Path, kind: FragmentKind, text: string, accept: Fragment['accept'], columnType?: string): void {
    this.fragments.push({ path, kind, text, accept, ...(columnType !== undefined ? { columnType } : {}) });
  }

  /** An expression field of `owner`, replaced by its canonical text (a default: read on a column of `columnType`). */
  expression<K extends string>(owner: Partial<Record<K, string | null>>, key: K, path: Path, kind: FragmentKind, columnType?: TypeRef): void {
    const text = owner[key];
    if (typeof text !== 'string') return;
    this.add([...path, key], kind, text, (reply) => {
      if (reply.sql !== undefined) (owner as Record<K, string>)[key] = reply.sql;
    }, columnType && formatType(columnType));
  }

  /** A type: the text format_type would print, read as a column type; its modifiers as Postgres reads them. */
  type(type: TypeRef | undefined, path: Path): void {
    if (!type) return;
    this.add(path, 'type', formatType(type), (reply) => {
      if (reply.type) {
        type.modifiers = reply.type.modifiers;
        type.arrayDims = reply.type.arrayDims;
      }
    });
  }

  /** A sequence's `AS` type, kept as text: replaced by its canonical spelling. */
  sequenceOptions(options: SequenceOptions | undefined, path: Path): void {
    if (options?.dataType === undefined) return;
    this.add([...path, 'dataType'], 'type', options.dataType, (reply) => {
      if (reply.type) options.dataType = formatType(reply.type);
    });
  }

  options(owner: { options: string[] } | { options?: string[] }, path: Path, kind: 'table-options' | 'view-options'): void {
    const list = owner.options;
    if (!list || list.length === 0) return;
    this.add([...path, 'options'], kind, list.join(', '), (reply) => {
      if (reply.options) owner.options = reply.options;
    });
  }

  column(column: Column | undefined, path: Path): void {
    if (!column) return;
    this.type(column.type, [...path, 'type']);
    this.expression(column, 'default', path, 'default', column.type);
    if (column.generated) this.expression(column.generated, 'expression', [...path, 'generated'], 'generated');
    this.sequenceOptions(column.identity?.sequenceOptions, [...path, 'identity', 'sequenceOptions']);
  }

  columnChanges(set: ColumnChanges, path: Path): void {
    this.type(set.type, [...path, 'type']);
    // Without the column's type here, on a type no literal is cast to: casts are kept as written.
    this.expression(set, 'using', path, 'default', UNKNOWN_TYPE);
    this.expression(set, 'default', path, 'default', set.type ?? UNKNOWN_TYPE);
    if (set.generated) this.expression(set.generated, 'expression', [...path, 'generated'], 'generated');
    this.sequenceOptions(set.identity?.sequenceOptions, [...path, 'identity', 'sequenceOptions']);
  }

  /** Extended statistics: a column's quoted name as it is, an expression (in parentheses) read as one. */
  statisticsElements(elements: string[], path: Path): void {
    elements.forEach((element, i) => {
      const inner = /^\(([\s\S]*)\)$/.exec(element)?.[1];
      if (inner === undefined) return;
      this.add([...path, i], 'index-expression', inner, (reply) => {
        if (reply.sql !== undefined) elements[i] = `(${reply.sql})`;
      });
    });
  }

  index(index: Index, path: Path): void {
    index.elements.forEach((element, i) => this.expression(element, 'expression', [...path, 'elements', i], 'index-expression'));
    this.expression(index, 'where', path, 'predicate');
  }

  exclusion(exclusion: ExclusionConstraint, path: Path): void {
    exclusion.elements.forEach((element, i) => this.expression(element, 'expression', [...path, 'elements', i], 'index-expression'));
    this.expression(exclusion, 'where', path, 'predicate');
  }

  constraint(constraint: TableConstraint, path: Path): void {
    if (constraint.type === 'check') this.expression(constraint, 'expression', path, 'check');
    else if (constraint.type === 'exclusion') this.exclusion(constraint, path);
  }

  trigger(trigger: Trigger, path: Path): void {
    this.expression(trigger, 'when', path, 'trigger-when');
  }

  partitionKey(key: PartitionKeyElement, path: Path): void {
    this.expression(key, 'expression', path, 'partition-expression');
  }

  table(table: Table, path: Path): void {
    table.columns.forEach((c, i) => this.column(c, [...path, 'columns', i]));
    table.checks.forEach((c, i) => this.expression(c, 'expression', [...path, 'checks', i], 'check'));
    table.exclusions.forEach((x, i) => this.exclusion(x, [...path, 'exclusions', i]));
    table.indexes.forEach((ix, i) => this.index(ix, [...path, 'indexes', i]));
    table.triggers.forEach((t, i) => this.trigger(t, [...path, 'triggers', i]));
    table.policies.forEach((p, i) => {
      this.expression(p, 'using', [...path, 'policies', i], 'policy-expression');
      this.expression(p, 'withCheck', [...path, 'policies', i], 'policy-expression');
    });
    table.partitioning?.keys.forEach((k, i) => this.partitionKey(k, [...path, 'partitioning', 'keys', i]));
    if (table.partitionOf) this.expression(table.partitionOf, 'bound', [...path, 'partitionOf'], 'partition-bound');
    this.options(table, path, 'table-options');
  }

  view(view: View, path: Path): void {
    this.expression(view, 'query', path, view.materialized ? 'materialized-view-query' : 'view-query');
    this.options(view, path, view.materialized ? 'table-options' : 'view-options');
    view.indexes.forEach((ix, i) => this.index(ix, [...path, 'indexes', i]));
    view.triggers.forEach((t, i) => this.trigger(t, [...path, 'triggers', i]));
  }

  userType(type: UserType, path: Path): void {
    switch (type.kind) {
      case 'domain':
        this.type(type.baseType, [...path, 'baseType']);
        this.expression(type, 'default', path, 'domain-default');
        type.checks.forEach((c, i) => this.expression(c, 'expression', [...path, 'checks', i], 'domain-check'));
        return;
      case 'composite':
        type.attributes.forEach((a, i) => this.type(a.type, [...path, 'attributes', i, 'type']));
        return;
      case 'enum':
        return;
      default:
        this.type(type.subtype, [...path, 'subtype']);
    }
  }

  /**
   * A whole function or procedure, as the printer writes it: it must read back as one
   * CREATE FUNCTION, and the routine Postgres reads from it replaces the document's (its
   * comment, owner and grants, which the statement does not carry, are kept).
   */
  routine(routine: RoutineDef, path: Path): void {
    let text: string;
    try {
      text = routineSql(routine);
    } catch (error) {
      // The printer refuses a part it cannot write safely (a body that is not self-contained).
      this.problems.push({ path, message: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.add(path, 'routine', text, (reply) => {
      if (!reply.routine) return;
      const { source: _source, ...read } = reply.routine;
      // What the statement does not carry: its comment, owner and grants.
      const keep = Object.fromEntries((['comment', 'owner', 'privileges'] as const).flatMap((key) => (routine[key] !== undefined ? [[key, routine[key]]] : [])));
      for (const key of Object.keys(routine)) delete (routine as unknown as Record<string, unknown>)[key];
      Object.assign(routine, read, keep);
    });
  }

  /** A routine's identity signature (`integer, text`), as DROP FUNCTION lists it. */
  signature(ref: { signature: string }, path: Path): void {
    this.add([...path, 'signature'], 'routine', `CREATE FUNCTION __schemawise_check(${ref.signature}) RETURNS void LANGUAGE sql AS '';`, (reply) => {
      if (reply.routine) ref.signature = reply.routine.signature;
    });
  }

  change(change: SchemaChange, path: Path): void {
    switch (change.kind) {
      case 'add-table':
        return this.table(change.table, [...path, 'table']);
      case 'add-column':
        return this.column(change.column, [...path, 'column']);
      case 'alter-column':
        return this.columnChanges(change.set, [...path, 'set']);
      case 'alter-table':
        return this.options(change.set, [...path, 'set'], 'table-options');
      case 'add-constraint':
        return this.constraint(change.constraint, [...path, 'constraint']);
      case 'add-index':
        return this.index(change.index, [...path, 'index']);
      case 'add-view':
      case 'replace-view':
        return this.view(change.view, [...path, 'view']);
      case 'add-type':
        return this.userType(change.type, [...path, 'type']);
      case 'add-sequence':
        return this.sequenceOptions(change.sequence.options, [...path, 'sequence', 'options']);
      case 'alter-sequence':
        return this.sequenceOptions(change.set, [...path, 'set']);
      case 'add-routine':
      case 'replace-routine':
        return this.routine(change.routine, [...path, 'routine']);
      case 'drop-routine':
        return this.signature(change.routine, [...path, 'routine']);
      case 'add-trigger':
        return this.trigger(change.trigger, [...path, 'trigger']);
      case 'add-policy':
        this.expression(change.policy, 'using', [...path, 'policy'], 'policy-expression');
        return this.expression(change.policy, 'withCheck', [...path, 'policy'], 'policy-expression');
      case 'alter-domain':
        return this.expression(change.set, 'default', [...path, 'set'], 'domain-default');
      case 'add-domain-check':
        return this.expression(change.check, 'expression', [...path, 'check'], 'domain-check');
      case 'alter-composite':
        change.add.forEach((a, i) => this.type(a.type, [...path, 'add', i, 'type']));
        change.alter.forEach((a, i) => this.type(a.type, [...path, 'alter', i, 'type']));
        return;
      case 'add-statistics':
        return this.statisticsElements(change.statistics.elements, [...path, 'statistics', 'elements']);
      default:
        // The other kinds carry names and flags only, checked by the schema (schema.ts).
        return;
    }
  }
}

/** Parameter problems of the patterns this build knows (an unknown id is reported when deriving). */
function patternProblems(patterns: readonly PatternApplication[], input: DocumentContent): string[] {
  const problems: string[] = [];
  patterns.forEach((application, i) => {
    if (!isPatternId(application.pattern)) return;
    const pattern = PATTERNS_BY_ID[application.pattern];
    const result = validateParams(pattern.id, pattern.params, pattern.defaultParams as Record<string, unknown>, application.params);
    if (!result.ok) problems.push(`${placeOf(input, ['patterns', i, 'params'])}: ${result.errors.join('; ')}`);
  });
  return problems;
}

/**
 * The content with every SQL fragment in canonical form, or a DocumentError naming each edit and
 * field whose SQL is not what it should be. `content` is not changed; the result is a copy.
 */
export function checkDocumentContent<T extends DocumentContent>(content: T, importSql: Import): T {
  const copy = structuredClone(content);
  const collector = new Collector();
  copy.edits.forEach((change, i) => collector.change(change, ['edits', i]));
  const problems = collector.problems.map(({ path, message }) => `${placeOf(content, path)}: ${message}`);
  const replies = new Map<string, FragmentReply>();
  for (const fragment of collector.fragments) {
    const { path: _path, accept: _accept, ...request } = fragment;
    const key = JSON.stringify(request);
    let reply = replies.get(key);
    if (!reply) {
      reply = checkFragment(importSql, request);
      replies.set(key, reply);
    }
    if (reply.ok) fragment.accept(reply);
    else problems.push(`${placeOf(content, fragment.path)}: ${reply.error}`);
  }
  appendAll(problems, patternProblems(copy.patterns, content));
  if (problems.length > 0) throw problemsError(problems);
  return copy;
}
