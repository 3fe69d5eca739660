/**
 * Actions beside the document commands: they read the document (save, share) or bring one in
 * from outside (open a project file), never change it themselves; opening goes through the
 * `open-document` command.
 */
import { saveProjectFile } from '../document/project-file';
import type { AppState } from '../store';

export interface Action {
  id: 'save-project' | 'open-project' | 'share-link';
  label: string;
  shortcuts?: string[];
  /** Also when focus is in a text field or the editor (the key has no meaning there). */
  global?: boolean;
  enabled(state: AppState): boolean;
}

export const ACTIONS: Record<Action['id'], Action> = {
  'save-project': { id: 'save-project', label: 'Save project', shortcuts: ['Mod+S'], global: true, enabled: () => true },
  'open-project': { id: 'open-project', label: 'Open project', shortcuts: ['Mod+O'], global: true, enabled: () => true },
  'share-link': { id: 'share-link', label: 'Share link', enabled: () => true },
};

export { saveProjectFile };
