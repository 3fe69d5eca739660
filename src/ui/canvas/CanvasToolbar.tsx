/**
 * The canvas's toolbars: top left, the object count, the display mode, groups and notes; top
 * right, focus mode, the schema filter, the design buttons, "Tidy up" and the Export menu.
 */
import { useReactFlow, type ColorMode } from '@xyflow/react';
import { memo } from 'react';
import type { Schema } from '../../core/model';
import { execute } from '../commands/execute';
import { DesignToolbar } from '../design/DesignToolbar';
import { useApp } from '../store';
import { DISPLAY_MODES, type NodeView } from './display';
import { ExportMenu } from './ExportMenu';
import type { EdgeSpec } from './graph';
import type { Point } from './routing/geometry';
import { SchemaFilter } from './SchemaFilter';

interface CanvasToolbarProps {
  schema: Schema;
  /** The schema as DDL, printed by the derivation worker (undefined until it is). */
  targetDdl?: string;
  total: number;
  focusMode: boolean;
  canFocus: boolean;
  layingOut: boolean;
  onTidyUp: () => void;
  colorMode: ColorMode;
  views: Map<string, NodeView>;
  edges: EdgeSpec[];
  /** The lines' routes now (for the export; a getter, so that a drag does not re-render the toolbar). */
  lines: () => Map<string, Point[]>;
  excluded: ReadonlySet<string>;
  areaOf: (id: string) => string | undefined;
  routing: boolean;
}

/** The canvas's left toolbar: the object count, what tables show, groups and notes. */
export function CanvasViewBar({ total }: { total: number }) {
  const mode = useApp((s) => s.displayMode);
  const selectedCount = useApp((s) => s.selectedNodes.length);
  const { screenToFlowPosition } = useReactFlow();
  const addNote = () => {
    const canvas = document.querySelector('.er-canvas .react-flow')?.getBoundingClientRect();
    const at = canvas ? screenToFlowPosition({ x: canvas.left + canvas.width / 2 - 110, y: canvas.top + canvas.height / 2 - 60 }) : { x: 0, y: 0 };
    execute('add-note', { at });
  };
  return (
    <>
      <span className="er-toolbar__count" data-testid="canvas-count" title={`${total} ${total === 1 ? 'table or view' : 'tables and views'}`}>
        {total}
      </span>
      <div className="segmented" role="radiogroup" aria-label="Show in tables" data-testid="display-mode">
        {DISPLAY_MODES.map((option) => (
          <button key={option.id} type="button" role="radio" aria-checked={mode === option.id} className="segmented__option" title={option.title} onClick={() => useApp.getState().setDisplayMode(option.id)}>
            {option.label}
          </button>
        ))}
      </div>
      <button type="button" className="button button--small" disabled={selectedCount === 0} title="Put the selected tables in a named, coloured group (Ctrl/Cmd+G)" onClick={() => execute('create-group')}>
        Group
      </button>
      <button type="button" className="button button--small" title="Add a sticky note" onClick={addNote}>
        Note
      </button>
    </>
  );
}

/**
 * The canvas's right toolbar: focus, schemas, design buttons, "Tidy up" and the Export menu.
 * Memoized: the canvas re-renders at every step of a drag, the toolbar's props do not change.
 */
export const CanvasToolbar = memo(function CanvasToolbar({ schema, targetDdl, focusMode, canFocus, layingOut, total, onTidyUp, colorMode, views, edges, lines, excluded, areaOf, routing }: CanvasToolbarProps) {
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-pressed={focusMode}
        disabled={!canFocus}
        title="Show only the selected table and the tables it is linked to"
        data-testid="focus-mode"
        onClick={() => useApp.getState().setFocusMode(!focusMode)}
      >
        Focus
      </button>
      <SchemaFilter schema={schema} />
      <DesignToolbar schema={schema} />
      <button type="button" className="button button--small" onClick={onTidyUp} disabled={total === 0 || layingOut} title="Lay the diagram out again (pinned tables stay where they are)">
        Tidy up
      </button>
      <ExportMenu schema={schema} targetDdl={targetDdl} colorMode={colorMode} views={views} edges={edges} lines={lines} excluded={excluded} areaOf={areaOf} routing={routing} />
    </>
  );
});
