/**
 * The lines: a foreign key from the referencing column to the referenced one, with crow's-foot
 * ends (the many side at the foreign key; a circle where the relationship is optional); a view's
 * read of a table (dashed, arrow at the table); a partition to its parent (dotted). Each line is
 * drawn along its route (use-routes.ts), in one SVG layer under the nodes, inside React Flow's
 * viewport, so it pans and zooms with them. React Flow's own edges are not used: they hang on
 * handles, and a handle renamed with its column left its line undrawn (issue 15).
 */
import { ViewportPortal, useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useMemo, useSyncExternalStore } from 'react';
import type { EdgeKind, EdgeSpec } from './graph';
import type { HoverStore } from './hover';
import type { Point } from './routing/geometry';
import { roundedPath } from './routing/path';

type MarkerName = 'many' | 'zero-one' | 'one' | 'arrow';

const marker = (name: MarkerName, active: boolean) => `url(#sw-${name}${active ? '-active' : ''})`;

/** The markers at the start (the referencing side) and the end of a line. */
export function markersOf(kind: EdgeKind, many: boolean, optional: boolean): [MarkerName | undefined, MarkerName] {
  return kind === 'fk' ? [many ? 'many' : 'zero-one', optional ? 'zero-one' : 'one'] : [undefined, 'arrow'];
}

const Line = memo(function Line({ spec, points, active }: { spec: EdgeSpec; points: Point[]; active: boolean }) {
  const [start, end] = markersOf(spec.kind, spec.many, spec.optional);
  return (
    <g className={`er-route er-edge er-edge--${spec.kind}${active ? ' is-active' : ''}`} data-route-id={spec.id} data-source={spec.source} data-target={spec.target}>
      <title>{spec.label}</title>
      <path className="er-route__path" d={roundedPath(points)} markerStart={start ? marker(start, active) : undefined} markerEnd={marker(end, active)} />
    </g>
  );
});

/** Lines at most this far outside the view are still drawn (panning shows them at once). */
const MARGIN = 400;
/** Below this many lines all are drawn; above, those whose route is near the view. */
const CULL_ABOVE = 400;

const viewOf = (s: ReactFlowState) => {
  const [tx, ty, zoom] = s.transform;
  // Quantized, so that panning re-renders the layer only every few hundred units.
  const q = (v: number) => Math.floor(v / 300) * 300;
  return `${q(-tx / zoom)},${q(-ty / zoom)},${q(s.width / zoom) + 300},${q(s.height / zoom) + 300}`;
};

const noHover = () => () => {};
const nobody = () => undefined;

interface RouteLayerProps {
  edges: EdgeSpec[];
  /** Every line's route (or its elbow while the route is on its way). */
  lines: Map<string, Point[]>;
  selected?: string;
  hover?: HoverStore;
}

/**
 * The lines, under the nodes. The lines of the selected table and of the table under the pointer
 * are drawn highlighted and last (over the others), so that they can be followed at any zoom.
 */
export function RouteLayer({ edges, lines, selected, hover }: RouteLayerProps) {
  const view = useStore(viewOf);
  const hovered = useSyncExternalStore(hover?.subscribe ?? noHover, hover?.get ?? nobody);
  const shown = useMemo(() => {
    if (edges.length <= CULL_ABOVE) return edges;
    const [x, y, w, h] = view.split(',').map(Number) as [number, number, number, number];
    return edges.filter((edge) => {
      const points = lines.get(edge.id);
      if (!points) return false;
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (const p of points) {
        x0 = Math.min(x0, p.x);
        y0 = Math.min(y0, p.y);
        x1 = Math.max(x1, p.x);
        y1 = Math.max(y1, p.y);
      }
      return x1 > x - MARGIN && x0 < x + w + MARGIN && y1 > y - MARGIN && y0 < y + h + MARGIN;
    });
  }, [edges, lines, view]);
  const isActive = (edge: EdgeSpec) => edge.source === selected || edge.target === selected || edge.source === hovered || edge.target === hovered;
  const draw = (edge: EdgeSpec, active: boolean) => {
    const points = lines.get(edge.id);
    return points ? <Line key={edge.id} spec={edge} points={points} active={active} /> : null;
  };
  const anyActive = selected !== undefined || hovered !== undefined;
  // Two layers: the other lines, dimmed as one (an opacity per line had the browser composite
  // hundreds of translucent layers at every frame), and over them the active ones (the selected
  // or dragged table's), whose redrawing during a drag leaves the other layer's painting as it was.
  return (
    <ViewportPortal>
      <div className="er-routes" aria-hidden="true" data-testid="routes" data-hovered={hovered}>
        <svg className="er-routes__layer er-routes__rest">{shown.map((edge) => (anyActive && isActive(edge) ? null : draw(edge, false)))}</svg>
        <svg className="er-routes__layer er-routes__active">{anyActive ? shown.map((edge) => (isActive(edge) ? draw(edge, true) : null)) : null}</svg>
      </div>
    </ViewportPortal>
  );
}

/**
 * The marker shapes, drawn for the end of a path arriving from the left at x = 24 (the node's
 * border); `auto-start-reverse` turns them round at the start of a path.
 */
function MarkerSet({ active }: { active: boolean }) {
  const suffix = active ? '-active' : '';
  const className = `er-marker${active ? ' er-marker--active' : ''}`;
  const common = {
    viewBox: '0 0 24 20',
    markerWidth: 24,
    markerHeight: 20,
    refX: 24,
    refY: 10,
    markerUnits: 'userSpaceOnUse',
    orient: 'auto-start-reverse',
    className,
  } as const;
  return (
    <>
      <marker id={`sw-many${suffix}`} {...common}>
        <path d="M0 10H24M12 10L24 3M12 10L24 17" />
        <circle cx="6" cy="10" r="3.5" />
      </marker>
      <marker id={`sw-zero-one${suffix}`} {...common}>
        <path d="M0 10H24M18 3.5V16.5" />
        <circle cx="9" cy="10" r="3.5" />
      </marker>
      <marker id={`sw-one${suffix}`} {...common}>
        <path d="M0 10H24M13 3.5V16.5M18 3.5V16.5" />
      </marker>
      <marker id={`sw-arrow${suffix}`} {...common}>
        <path d="M13 4.5L23 10L13 15.5" />
      </marker>
    </>
  );
}

/** Marker definitions, rendered once in the canvas. */
export function EdgeMarkers() {
  return (
    <svg className="er-markers" aria-hidden="true" width="0" height="0">
      <defs>
        <MarkerSet active={false} />
        <MarkerSet active />
      </defs>
    </svg>
  );
}
