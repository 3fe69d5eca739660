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
  /** Focus mode is on (and a table of the diagram is selected for it to show). */
  focusMode: boolean;
  /** The hidden schemas that have nodes in the diagram. */
  hiddenSchemas: string[];
}

export function useCanvasFilter(graph: Graph, selected: string | undefined, fitOptions: FitViewOptions): CanvasFilter {
  const { fitView } = useReactFlow();
  const hiddenSchemas = useApp((s) => s.hiddenSchemas);
  // A selection the diagram does not have (a table renamed or deleted) focuses on nothing: the
  // canvas would be blank.
  const focusMode = useApp((s) => s.focusMode) && !!selected && graph.nodes.some((node) => node.id === selected);
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

  const present = useMemo(() => {
    const schemas = new Set(hiddenSchemas);
    return [...new Set(graph.nodes.filter((node) => schemas.has(node.data.schema)).map((node) => node.data.schema))].sort();
  }, [graph, hiddenSchemas]);

  return { excluded, focusMode, hiddenSchemas: present };
}
