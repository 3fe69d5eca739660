/** Shapes of the automatic layout (arrange.ts), shared with its worker. */

export interface XY {
  x: number;
  y: number;
}

export interface ArrangeNode {
  id: string;
  width: number;
  height: number;
  /**
   * The labelled area the node belongs to (a Postgres schema when there are several, or a group
   * the user made): the nodes of one area are laid out together, inside its frame.
   */
  area?: string;
}

export interface ArrangeEdge {
  source: string;
  target: string;
  /** Where the line meets each end, below the node's top (its column's row), when known. */
  sourceY?: number;
  targetY?: number;
}

export interface AreaFrame {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ArrangeInput {
  nodes: ArrangeNode[];
  edges: ArrangeEdge[];
  /** Width / height of the canvas: the drawing is made about that shape. */
  aspect: number;
  /** Positions that stay (pinned by the user); the other nodes are laid out around them. */
  pinned?: Record<string, XY>;
}

export interface ArrangeResult {
  positions: Record<string, XY>;
  /** Where each area ended up (the frame drawn behind its nodes, label included). */
  areas: AreaFrame[];
}
