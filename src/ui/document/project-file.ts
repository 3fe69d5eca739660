/** Save and open project files (`.schemawise.json`, the versioned document format). */
import { DocumentError, parseDocumentJson, serializeDocument } from '../../core/document/upgrade';
import { execute } from '../commands/execute';
import { useApp } from '../store';
import { acceptDocument } from './accept';
import { baseName, downloadBlob } from './download';

export const PROJECT_EXTENSION = '.schemawise.json';

export function projectFileName(sourceName: string): string {
  return `${baseName(sourceName)}${PROJECT_EXTENSION}`;
}

export function saveProjectFile(): void {
  const { document } = useApp.getState();
  downloadBlob(projectFileName(document.sourceName), serializeDocument(document), 'application/json');
}

/** True for files that should be read as a project rather than as SQL. */
export function isProjectFile(file: { name: string; type?: string }): boolean {
  return /\.json$/i.test(file.name) || file.type === 'application/json';
}

export async function openProjectFile(file: File): Promise<boolean> {
  const app = useApp.getState();
  try {
    const document = await acceptDocument(parseDocumentJson(await file.text()));
    execute('open-document', { document });
    app.notify('success', `Opened project ${file.name}.`);
    return true;
  } catch (error) {
    const reason = error instanceof DocumentError || error instanceof Error ? error.message : String(error);
    app.notify('error', `Could not open ${file.name}: ${reason}`);
    return false;
  }
}
