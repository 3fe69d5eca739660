/**
 * Automatic layout with ELK's layered algorithm, in ELK's own Web Worker. Both the API (10 kB)
 * and the worker script (1.6 MB) load on the first layout, not with the page; the worker script
 * is bundled by Vite as a same-origin asset.
 *
 * Two things keep big schemas readable (pagila's 54 partitions, lago's tables that nearly all
 * reference `organizations`): partitions joined to nothing but their parent are packed into one
 * grid block, and edges into hub tables (referenced by many) are left out of the layout (still
 * drawn), so a hub does not pull all its children into one layer a hundred tables tall.
 */
import type { ELK, ElkNode } from 'elkjs/lib/elk-api';
import type { XY } from '../store';
import { maxOf } from '../../core/lib/arrays';

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
}

/** An edge as the layout sees it: `from` goes in an earlier layer (left of) `to`. */
export interface LayoutEdge {
  from: string;
  to: string;
}

/** A group of nodes laid out as one block (a grid) next to `parent`. */
export interface LayoutCluster {
  parent: string;
  members: string[];
}

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '100',
  'elk.spacing.componentComponent': '80',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.6',
};

/**
 * Network simplex places nodes best (straighter edges) but its time grows fast: about 0.3 s for
 * pagila's 135 edges, 7 s for lago's 411. Bigger graphs get Brandes-Köpf (0.7 s for lago).
 */
const NETWORK_SIMPLEX_MAX_EDGES = 200;

/**
 * A node referenced by more than this many others is a hub. Big schemas get a lower bar: on
 * lago (173 nodes) it halves the drawing's area (9,600 x 9,600 instead of 11,500 x 19,200).
 */
const HUB_DEGREE = 12;
const HUB_DEGREE_BIG = 6;
const BIG_GRAPH = 100;

const CLUSTER_GAP_X = 30;
const CLUSTER_GAP_Y = 20;

/** A layout that takes longer than this falls back to a grid (a stuck worker must not blank the canvas). */
const TIMEOUT_MS = 20_000;

interface Block {
  id: string;
  width: number;
  height: number;
  /** Offsets of each member inside the block. */
  offsets: Map<string, XY>;
}

/** Members of a cluster in a grid of roughly three rows per column. */
export function packCluster(id: string, members: LayoutNode[]): Block {
  const columns = Math.max(1, Math.ceil(Math.sqrt(members.length / 3)));
  const offsets = new Map<string, XY>();
  const columnWidth = maxOf(members.map((member) => member.width)) + CLUSTER_GAP_X;
  let y = 0;
  for (let start = 0; start < members.length; start += columns) {
    const row = members.slice(start, start + columns);
    row.forEach((member, index) => offsets.set(member.id, { x: index * columnWidth, y }));
    y += maxOf(row.map((member) => member.height)) + CLUSTER_GAP_Y;
  }
  return { id, width: Math.min(columns, members.length) * columnWidth - CLUSTER_GAP_X, height: y - CLUSTER_GAP_Y, offsets };
}

/** Nodes that many distinct others point at (`to` -> `from` in layout terms: children of `from`). */
export function hubsOf(nodes: LayoutNode[], edges: LayoutEdge[]): Set<string> {
  const children = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    if (from === to) continue;
    let set = children.get(from);
    if (!set) children.set(from, (set = new Set()));
    set.add(to);
  }
  const threshold = nodes.length >= BIG_GRAPH ? HUB_DEGREE_BIG : HUB_DEGREE;
  return new Set([...children].filter(([, set]) => set.size > threshold).map(([id]) => id));
}

export interface ElkInput {
  graph: ElkNode;
  blocks: Block[];
}

/** The graph handed to ELK: clusters as blocks, hub edges left out, duplicate edges merged. */
export function elkInput(nodes: LayoutNode[], edges: LayoutEdge[], clusters: LayoutCluster[] = []): ElkInput {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const blockOf = new Map<string, string>();
  const blocks: Block[] = [];
  for (const cluster of clusters) {
    const members = cluster.members.flatMap((id) => byId.get(id) ?? []);
    if (members.length === 0 || !byId.has(cluster.parent)) continue;
    const block = packCluster(`cluster:${cluster.parent}`, members);
    blocks.push(block);
    for (const member of members) blockOf.set(member.id, block.id);
  }
  const children = [
    ...nodes.filter((node) => !blockOf.has(node.id)).map(({ id, width, height }) => ({ id, width, height })),
    ...blocks.map(({ id, width, height }) => ({ id, width, height })),
  ];
  const ids = new Set(children.map((child) => child.id));
  const merged = edges.map((edge) => ({ from: blockOf.get(edge.from) ?? edge.from, to: blockOf.get(edge.to) ?? edge.to }));
  const hubs = hubsOf(nodes, merged);
  const seen = new Set<string>();
  const elkEdges = merged.flatMap(({ from, to }) => {
    const id = `${from}->${to}`;
    if (from === to || hubs.has(from) || !ids.has(from) || !ids.has(to) || seen.has(id)) return [];
    seen.add(id);
    return [{ id, sources: [from], targets: [to] }];
  });
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: {
      ...OPTIONS,
      'elk.layered.nodePlacement.strategy': elkEdges.length <= NETWORK_SIMPLEX_MAX_EDGES ? 'NETWORK_SIMPLEX' : 'BRANDES_KOEPF',
    },
    children,
    edges: elkEdges,
  };
  return { graph, blocks };
}

/** Node positions from ELK's result, cluster members placed inside their block. */
export function positionsFrom(result: ElkNode, blocks: Block[]): Record<string, XY> {
  const positions: Record<string, XY> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
  for (const block of blocks) {
    const at = positions[block.id] ?? { x: 0, y: 0 };
    delete positions[block.id];
    for (const [id, offset] of block.offsets) positions[id] = { x: at.x + offset.x, y: at.y + offset.y };
  }
  return positions;
}

let engine: Promise<ELK> | undefined;

function elk(): Promise<ELK> {
  engine ??= Promise.all([import('elkjs/lib/elk-api.js'), import('elkjs/lib/elk-worker.min.js?url')]).then(
    ([api, worker]) => new api.default({ workerFactory: () => new Worker(worker.default, { name: 'schemawise-elk' }) }),
  );
  return engine;
}

/** Top-left positions for `nodes`, parents to the left of what refers to them. */
export async function layoutGraph(
  nodes: LayoutNode[],
  edges: LayoutEdge[],
  clusters: LayoutCluster[] = [],
): Promise<Record<string, XY>> {
  if (nodes.length === 0) return {};
  const { graph, blocks } = elkInput(nodes, edges, clusters);
  try {
    const layout = await elk();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('layout timed out')), TIMEOUT_MS);
    });
    const result = await Promise.race([layout.layout(graph), timeout]).finally(() => clearTimeout(timer));
    return positionsFrom(result, blocks);
  } catch (error) {
    console.warn('Automatic layout failed; the tables are laid out in a grid.', error);
    return gridLayout(nodes);
  }
}

/** Rows of nodes, left to right: the fallback when ELK cannot run. */
export function gridLayout(nodes: LayoutNode[], gap = 60): Record<string, XY> {
  const perRow = Math.max(1, Math.ceil(Math.sqrt(nodes.length * 1.5)));
  const positions: Record<string, XY> = {};
  let y = 0;
  for (let start = 0; start < nodes.length; start += perRow) {
    const row = nodes.slice(start, start + perRow);
    let x = 0;
    for (const node of row) {
      positions[node.id] = { x, y };
      x += node.width + gap;
    }
    y += maxOf(row.map((node) => node.height)) + gap;
  }
  return positions;
}
