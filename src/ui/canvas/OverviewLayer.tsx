/**
 * The overview layer: when a large diagram is zoomed out below the level where text can be read,
 * React Flow's nodes are hidden and this canvas draws them instead (overview.ts). It sits above
 * the pane and lets the pointer through, so panning and zooming stay React Flow's; clicks are
 * hit-tested by the canvas component (nodeAt).
 */
import { useStore, type ReactFlowState } from '@xyflow/react';
import { useLayoutEffect, useRef } from 'react';
import { drawOverview, type OverviewColors, type OverviewScene } from './overview';

const transformOf = (s: ReactFlowState) => s.transform;
const widthOf = (s: ReactFlowState) => s.width;
const heightOf = (s: ReactFlowState) => s.height;

function readColors(element: Element): OverviewColors {
  const style = getComputedStyle(element);
  const v = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    background: v('--canvas-bg', '#f7f9fc'),
    node: v('--surface', '#ffffff'),
    border: v('--border-strong', '#c5cdd8'),
    header: v('--node-header', '#edf2f9'),
    viewHeader: v('--view-header', '#f1ecfb'),
    partitionHeader: v('--partition-header', '#eef6f4'),
    // The overview is always zoomed far out: the lines in the far colour, as the DOM's at that zoom.
    edge: v('--edge-far', '#5d6a7d'),
    accent: v('--accent', '#2f6fde'),
    text: v('--text', '#1d2733'),
    error: v('--error', '#cc3333'),
    warn: v('--warn', '#b36b00'),
    info: v('--info', '#2f6fde'),
  };
}

export function OverviewLayer({ scene, colorKey }: { scene: OverviewScene; colorKey: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const transform = useStore(transformOf);
  const width = useStore(widthOf);
  const height = useStore(heightOf);
  const colors = useRef<{ key: string; value: OverviewColors } | undefined>(undefined);

  useLayoutEffect(() => {
    const element = canvas.current;
    const ctx = element?.getContext('2d');
    if (!element || !ctx || width === 0 || height === 0) return;
    const ratio = window.devicePixelRatio || 1;
    if (element.width !== Math.round(width * ratio) || element.height !== Math.round(height * ratio)) {
      element.width = Math.round(width * ratio);
      element.height = Math.round(height * ratio);
    }
    if (colors.current?.key !== colorKey) colors.current = { key: colorKey, value: readColors(element) };
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    const { drawn, named } = drawOverview(ctx, scene, transform, width, height, colors.current.value);
    element.dataset.drawn = String(drawn);
    element.dataset.named = String(named);
  }, [scene, transform, width, height, colorKey]);

  return <canvas ref={canvas} className="er-overview" style={{ width, height }} aria-hidden data-testid="canvas-overview" />;
}
