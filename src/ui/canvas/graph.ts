/**
 * The ER diagram as data: one node per table and view, one edge per foreign key (column to
 * column), per view dependency and per partition. Pure: no React, no React Flow.
 *
 * Node data is display-ready (short types, key marks, finding counts) and reused from the
 * previous build when nothing in it changed, so a re-import after a keystroke re-renders only
 * the nodes whose tables changed.
 */
import { keyOf, qualifiedKey, type Schema, type Table, type View } from '../../core/model';
import { formatType } from '../../core/model/format-type';
import { relationships } from '../../core/model/relationships';
import type { Diagnostic } from '../../core/rules';
import { columnMarks } from '../lib/column-marks';
import { displayName } from '../lib/display-name';
import { worse, type Severity } from '../lib/severity';
import { shortType } from '../../core/model/short-type';
import { nodeHeight, NODE_WIDTH } from './metrics';

export interface FindingBadge {
  count: number;
  worst: Severity;
}

export type ColumnRow = {
  name: string;
  /** Short type (`timestamptz`) and the full one for the tooltip. */
  type: string;
  fullType: string;
  pk: boolean;
  /** Tooltip of the FK mark (`references users`), when the column is in a foreign key. */
  fk?: string;
  unique: boolean;
  notNull: boolean;
  /** An edge starts or ends here: the row gets connection handles. */
  handle: boolean;
};

export type TableNodeData = {
  kind: 'table';
  schema: string;
  name: string;
  /** `partition of x` for a partition, `partitioned by range` for a partitioned table. */
  note?: string;
  /** A partition: only the columns edges use are listed (the rest are the parent's). */
  partition: boolean;
  columns: ColumnRow[];
  /** Tooltip with the table's index, key and trigger counts. */
  details: string;
  findings?: FindingBadge;
  /** Short labels of the design patterns turned on for it. */
  patterns?: string[];
  /** Line of the CREATE statement (0 when the table has no source). */
  line: number;
  /** Kept from the last version of its statement that parsed: the statement at `line` does not parse now. */
  stale?: StaleMark;
};

/** A node drawn from the last good version of a statement that does not parse now. */
export interface StaleMark {
  /** The line of the statement's syntax error. */
  line: number;
}

export type ViewNodeData = {
  kind: 'view';
  schema: string;
  name: string;
  materialized: boolean;
  /** Explicit column names, or else the relations the query reads. */
  rows: { label: string; detail?: string }[];
  details: string;
  findings?: FindingBadge;
  patterns?: string[];
  line: number;
  stale?: StaleMark;
};

export type ErNodeData = TableNodeData | ViewNodeData;

export interface NodeSpec {
  id: string;
  type: 'table' | 'view';
  data: ErNodeData;
  /** The size the node CSS draws it at (one object per node, kept with the spec). */
  size: { width: number; height: number };
  /** Serialized data, to tell whether a rebuilt node changed. */
  signature: string;
  /**
   * What the data was built from: the model object (the worker's patches keep an unchanged
   * table's object) and a key of the rest (edge handles, findings, patterns). Both the same: the
   * node is reused without being built again.
   */
  source?: object;
  inputs?: string;
}

export type EdgeKind = 'fk' | 'view' | 'partition';

export interface EdgeSpec {
  id: string;
  kind: EdgeKind;
  /** FK: the referencing table. View: the view. Partition: the partition. */
  source: string;
  target: string;
  /** FK only: the first column on each side (the rows the edge connects). */
  sourceColumn?: string;
  targetColumn?: string;
  label: string;
  /** FK only: the referencing columns are not unique (many rows per referenced row). */
  many: boolean;
  /** FK only: a referencing column may be NULL (the relationship is optional). */
  optional: boolean;
}

/** Partitions joined to nothing but their parent, laid out as one block beside it. */
export interface Cluster {
  parent: string;
  members: string[];
}

export interface Graph {
  nodes: NodeSpec[];
  edges: EdgeSpec[];
  /** Node ids each node is joined to by an edge (both directions). */
  neighbours: Map<string, Set<string>>;
  clusters: Cluster[];
}

/** A parent with at least this many plain partitions gets them laid out as a block. */
const MIN_CLUSTER = 4;

/** Columns a view node lists at most; the rest are summed up in one row. */
const MAX_VIEW_ROWS = 12;

export function findingsByNode(schema: Schema, diagnostics: Diagnostic[]): Map<string, FindingBadge> {
  const badges = new Map<string, FindingBadge>();
  for (const diagnostic of diagnostics) {
    const { schema: schemaName, table } = diagnostic.target;
    if (!table) continue;
    const key = qualifiedKey(schemaName, table);
    if (!schema.tables[key] && !schema.views[key]) continue;
    const badge = badges.get(key);
    badges.set(key, { count: (badge?.count ?? 0) + 1, worst: worse(badge?.worst, diagnostic.severity) });
  }
  return badges;
}

function tableDetails(table: Table): string {
  const indexes = table.indexes.length + (table.primaryKey ? 1 : 0) + table.uniqueConstraints.length + table.exclusions.length;
  const parts = [
    plural(table.columns.length, 'column', 'columns'),
    plural(indexes, 'index', 'indexes'),
    plural(table.foreignKeys.length, 'foreign key', 'foreign keys'),
  ];
  if (table.triggers.length > 0) parts.push(plural(table.triggers.length, 'trigger', 'triggers'));
  if (table.partitionOf) parts.push(`partition of ${displayName(table.partitionOf.parent)} ${table.partitionOf.bound}`);
  if (table.comment) parts.push(table.comment);
  return `${table.schema}.${table.name}: ${parts.join(', ')}\nDouble-click to select its statement.`;
}

function tableNote(table: Table): string | undefined {
  if (table.partitionOf) return `partition of ${displayName(table.partitionOf.parent)} · ${plural(table.columns.length, 'column', 'columns')}`;
  if (table.partitioning) return `partitioned by ${table.partitioning.strategy}`;
  return undefined;
}

function tableData(table: Table, handles: Set<string>, findings: FindingBadge | undefined): TableNodeData {
  const marks = columnMarks(table);
  // A partition's columns are its parent's: it shows only those an edge starts or ends at.
  const own = table.partitionOf ? table.columns.filter((column) => handles.has(column.name)) : table.columns;
  const columns: ColumnRow[] = own.map((column) => {
    const mark = marks.get(column.name);
    const row: ColumnRow = {
      name: column.name,
      type: shortType(column.type),
      fullType: formatType(column.type),
      pk: mark?.primaryKey ?? false,
      unique: mark?.unique ?? false,
      notNull: column.notNull,
      handle: handles.has(column.name),
    };
    if (mark && mark.references.length > 0) row.fk = mark.references.map((ref) => `references ${displayName(ref)}`).join(', ');
    return row;
  });
  const data: TableNodeData = {
    kind: 'table',
    schema: table.schema,
    name: table.name,
    partition: !!table.partitionOf,
    columns,
    details: tableDetails(table),
    line: table.source?.line ?? 0,
  };
  const note = tableNote(table);
  if (note) data.note = note;
  if (findings) data.findings = findings;
  return data;
}

function viewData(view: View, findings: FindingBadge | undefined): ViewNodeData {
  const rows: ViewNodeData['rows'] =
    view.columnNames.length > 0
      ? view.columnNames.map((label) => ({ label }))
      : view.dependsOn.map((ref) => ({ label: displayName(ref), detail: 'reads' }));
  const shown = rows.length > MAX_VIEW_ROWS ? [...rows.slice(0, MAX_VIEW_ROWS - 1), { label: `… ${rows.length - MAX_VIEW_ROWS + 1} more` }] : rows;
  const kind = view.materialized ? 'materialized view' : 'view';
  const indexes = view.materialized ? `, ${plural(view.indexes.length, 'index', 'indexes')}` : '';
  const data: ViewNodeData = {
    kind: 'view',
    schema: view.schema,
    name: view.name,
    materialized: view.materialized,
    rows: shown,
    details: `${view.schema}.${view.name}: ${kind} reading ${view.dependsOn.map(displayName).join(', ') || 'no table'}${indexes}\nDouble-click to select its statement.`,
    line: view.source?.line ?? 0,
  };
  if (findings) data.findings = findings;
  return data;
}

/**
 * `patterns`: node key -> short labels of the patterns turned on for it (badges on the header);
 * `stale`: node key -> line of the statement that does not parse, whose last good version it is.
 */
export function buildGraph(
  schema: Schema,
  diagnostics: Diagnostic[],
  previous?: Graph,
  patterns?: ReadonlyMap<string, string[]>,
  stale?: ReadonlyMap<string, number>,
): Graph {
  const badges = findingsByNode(schema, diagnostics);
  const edges: EdgeSpec[] = [];
  const handles = new Map<string, Set<string>>();
  const handleOn = (node: string, column: string) => {
    let set = handles.get(node);
    if (!set) handles.set(node, (set = new Set()));
    set.add(column);
  };

  for (const rel of relationships(schema)) {
    const table = schema.tables[rel.from]!;
    const sourceColumn = rel.columns[0];
    const targetColumn = rel.referencedColumns[0];
    if (!sourceColumn || !targetColumn) continue;
    handleOn(rel.from, sourceColumn);
    handleOn(rel.to, targetColumn);
    edges.push({
      id: `fk:${rel.from}:${rel.fk.name}:${table.foreignKeys.indexOf(rel.fk)}`,
      kind: 'fk',
      source: rel.from,
      target: rel.to,
      sourceColumn,
      targetColumn,
      label: `${rel.fk.name}: ${displayName(table)} (${rel.columns.join(', ')}) → ${displayName(schema.tables[rel.to]!)} (${rel.referencedColumns.join(', ')})`,
      many: rel.many,
      optional: rel.optional,
    });
  }
  for (const [key, table] of Object.entries(schema.tables)) {
    if (table.partitionOf) {
      const parent = keyOf(table.partitionOf.parent);
      if (schema.tables[parent]) {
        edges.push({
          id: `part:${key}`,
          kind: 'partition',
          source: key,
          target: parent,
          label: `${displayName(table)} is a partition of ${displayName(table.partitionOf.parent)} (${table.partitionOf.bound})`,
          many: false,
          optional: false,
        });
      }
    }
  }
  for (const [key, view] of Object.entries(schema.views)) {
    const seen = new Set<string>();
    for (const ref of view.dependsOn) {
      const target = keyOf(ref);
      if (seen.has(target) || target === key || (!schema.tables[target] && !schema.views[target])) continue;
      seen.add(target);
      edges.push({
        id: `view:${key}:${target}`,
        kind: 'view',
        source: key,
        target,
        label: `${displayName(view)} reads ${displayName(ref)}`,
        many: false,
        optional: false,
      });
    }
  }

  const before = new Map(previous?.nodes.map((node) => [node.id, node]));
  const reuse = (spec: Omit<NodeSpec, 'signature'>): NodeSpec => {
    const signature = JSON.stringify(spec.data);
    const old = before.get(spec.id);
    if (!old || old.signature !== signature || old.type !== spec.type) return { ...spec, signature };
    // Same node from a new model object (a full re-import): kept, and known by its new source.
    old.source = spec.source;
    old.inputs = spec.inputs;
    return old;
  };
  const inputsOf = (key: string) => {
    const badge = badges.get(key);
    return `${[...(handles.get(key) ?? [])].join(',')}|${badge ? `${badge.count}${badge.worst}` : ''}|${patterns?.get(key)?.join(',') ?? ''}|${stale?.get(key) ?? ''}`;
  };
  const unchanged = (key: string, source: object, inputs: string) => {
    const old = before.get(key);
    return old && old.source === source && old.inputs === inputs ? old : undefined;
  };
  const nodes: NodeSpec[] = [];
  for (const [key, table] of Object.entries(schema.tables)) {
    const inputs = inputsOf(key);
    const same = unchanged(key, table, inputs);
    if (same) {
      nodes.push(same);
      continue;
    }
    const data = tableData(table, handles.get(key) ?? new Set(), badges.get(key));
    const on = patterns?.get(key);
    if (on) data.patterns = on;
    const staleLine = stale?.get(key);
    if (staleLine !== undefined) data.stale = { line: staleLine };
    nodes.push(reuse({ id: key, type: 'table', data, size: { width: NODE_WIDTH, height: nodeHeight(data.columns.length, !!data.note) }, source: table, inputs }));
  }
  for (const [key, view] of Object.entries(schema.views)) {
    const inputs = inputsOf(key);
    const same = unchanged(key, view, inputs);
    if (same) {
      nodes.push(same);
      continue;
    }
    const data = viewData(view, badges.get(key));
    const on = patterns?.get(key);
    if (on) data.patterns = on;
    const staleLine = stale?.get(key);
    if (staleLine !== undefined) data.stale = { line: staleLine };
    nodes.push(reuse({ id: key, type: 'view', data, size: { width: NODE_WIDTH, height: nodeHeight(data.rows.length, true) }, source: view, inputs }));
  }

  const neighbours = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let set = neighbours.get(a);
    if (!set) neighbours.set(a, (set = new Set()));
    set.add(b);
  };
  for (const edge of edges) {
    link(edge.source, edge.target);
    link(edge.target, edge.source);
  }

  const byParent = new Map<string, string[]>();
  for (const edge of edges) {
    if (edge.kind !== 'partition' || neighbours.get(edge.source)?.size !== 1) continue;
    const members = byParent.get(edge.target) ?? [];
    members.push(edge.source);
    byParent.set(edge.target, members);
  }
  const clusters = [...byParent].filter(([, members]) => members.length >= MIN_CLUSTER).map(([parent, members]) => ({ parent, members }));
  return { nodes, edges, neighbours, clusters };
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
