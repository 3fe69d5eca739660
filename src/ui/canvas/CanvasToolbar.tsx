/**
 * The canvas's toolbar (top right): the object count, focus mode, the schema filter, the design
 * buttons, "Tidy up" and the Export menu.
 */
import type { ColorMode } from '@xyflow/react';
import type { Schema } from '../../core/model';
import { DesignToolbar } from '../design/DesignToolbar';
import { useApp } from '../store';
import { ExportMenu } from './ExportMenu';
import { SchemaFilter } from './SchemaFilter';

interface CanvasToolbarProps {
  schema: Schema;
  total: number;
  focusMode: boolean;
  canFocus: boolean;
  layingOut: boolean;
  onTidyUp: () => void;
  colorMode: ColorMode;
}

export function CanvasToolbar({ schema, total, focusMode, canFocus, layingOut, onTidyUp, colorMode }: CanvasToolbarProps) {
  return (
    <>
      <span className="er-toolbar__count" data-testid="canvas-count">
        {total} {total === 1 ? 'object' : 'objects'}
      </span>
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
      <button type="button" className="button button--small" onClick={onTidyUp} disabled={total === 0 || layingOut}>
        Tidy up
      </button>
      <ExportMenu schema={schema} colorMode={colorMode} />
    </>
  );
}
