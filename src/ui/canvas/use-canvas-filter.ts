/**
 * What the canvas leaves out: the schemas the schema filter hides, and in focus mode everything
 * but the selected table and its neighbours. One set of node ids, read by the DOM nodes (hidden,
 * and not exported) and by the overview alike. Turning focus mode on fits the view to what is
 * left; turning it off fits the whole diagram again.
 */
import { useReactFlow, type FitViewOptions } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { useApp } from '../store';
import type { Graph } from './graph';

export interface CanvasFilter {
  /** Node ids not drawn. */
  excluded: ReadonlySet<string>;
  /** Focus mode is on (and a table is selected for it to show). */
  focusMode: boolean;
}

export function useCanvasFilter(graph: Graph, selected: string | undefined, fitOptions: FitViewOptions): CanvasFilter {
  const { fitView } = useReactFlow();
  const hiddenSchemas = useApp((s) => s.hiddenSchemas);
  const focusMode = useApp((s) => s.focusMode) && !!selected;
  const neighbours = selected ? graph.neighbours.get(selected) : undefined;
  // (Keyed by the ids: a re-import rebuilds the neighbour sets without changing them.)
  const focusKey = focusMode && selected ? [selected, ...(neighbours ?? [])].sort().join('\n') : '';

  const excluded = useMemo(() => {
    const focused = focusKey ? new Set(focusKey.split('\n')) : undefined;
    const schemas = new Set(hiddenSchemas);
    const out = new Set<string>();
    for (const node of graph.nodes) if (schemas.has(node.data.schema) || (focused && !focused.has(node.id))) out.add(node.id);
    return out;
  }, [graph, hiddenSchemas, focusKey]);

  const wasFocused = useRef(false);
  useEffect(() => {
    if (!focusKey) {
      if (wasFocused.current) requestAnimationFrame(() => void fitView({ ...fitOptions, duration: 200 }));
      wasFocused.current = false;
      return;
    }
    wasFocused.current = true;
    requestAnimationFrame(() => void fitView({ ...fitOptions, nodes: focusKey.split('\n').map((id) => ({ id })), duration: 200 }));
  }, [focusKey, fitView, fitOptions]);

  return { excluded, focusMode };
}
