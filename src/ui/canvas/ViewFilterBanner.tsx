/**
 * Says on the canvas what it does not draw, whenever it leaves tables out: focus mode (only the
 * selected table and its neighbours) and the schemas the schema filter hides, with how many
 * objects are hidden and one click to show everything again. A view that hides tables is never
 * silent: a canvas showing 3 of 40 tables, or none, says why.
 */
import type { QualifiedName } from '../../core/model';
import { displayName } from '../lib/display-name';
import { useApp } from '../store';

interface ViewFilterBannerProps {
  /** Objects in the diagram, and how many of them are not drawn. */
  total: number;
  hidden: number;
  focusMode: boolean;
  /** The node focus mode shows with its neighbours. */
  focused?: QualifiedName;
  hiddenSchemas: string[];
}

export function ViewFilterBanner({ total, hidden, focusMode, focused, hiddenSchemas }: ViewFilterBannerProps) {
  if (!focusMode && hiddenSchemas.length === 0) return null;
  const parts: string[] = [];
  if (focusMode && focused) parts.push(`focus on ${displayName(focused)} and its neighbours`);
  if (hiddenSchemas.length > 0) parts.push(`${hiddenSchemas.length === 1 ? 'schema' : 'schemas'} ${hiddenSchemas.join(', ')} hidden`);
  return (
    <div className="er-filter-banner" role="status" data-testid="view-filter" data-hidden={hidden}>
      <span>
        Showing {total - hidden} of {total} {total === 1 ? 'object' : 'objects'}: {parts.join('; ')}.
      </span>
      <button type="button" className="button button--small" onClick={() => useApp.getState().clearViewFilters()} data-testid="view-filter-clear">
        Show all
      </button>
    </div>
  );
}
