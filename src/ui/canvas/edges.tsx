/**
 * Edges: a foreign key from the referencing column to the referenced one, with crow's-foot ends
 * (the many side at the foreign key; a circle where the relationship is optional); a view's read
 * of a table (dashed, arrow at the table); a partition to its parent (dotted).
 */
import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EdgeKind } from './graph';

export type ErEdgeData = {
  kind: EdgeKind;
  label: string;
  many: boolean;
  optional: boolean;
  /** Touches the selected node. */
  active: boolean;
};

export type ErFlowEdge = Edge<ErEdgeData, 'er'>;

type MarkerName = 'many' | 'zero-one' | 'one' | 'arrow';

const marker = (name: MarkerName, active: boolean) => `url(#sw-${name}${active ? '-active' : ''})`;

export const ErEdge = memo(function ErEdge(props: EdgeProps<ErFlowEdge>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data } = props;
  const [path] = getSmoothStepPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, borderRadius: 10, offset: 24 });
  if (!data) return null;
  const active = data.active;
  let start: string | undefined;
  let end: string | undefined;
  if (data.kind === 'fk') {
    start = marker(data.many ? 'many' : 'zero-one', active);
    end = marker(data.optional ? 'zero-one' : 'one', active);
  } else {
    end = marker('arrow', active);
  }
  return (
    <g className={`er-edge er-edge--${data.kind}`}>
      <title>{data.label}</title>
      <BaseEdge id={id} path={path} markerStart={start} markerEnd={end} interactionWidth={12} />
    </g>
  );
});

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
