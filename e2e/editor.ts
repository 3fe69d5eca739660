/**
 * The SQL source editor (Monaco) as the tests drive it: through the keyboard and the clipboard,
 * as a user does, and read through `window.__schemawiseEditor` (src/ui/editor/SqlEditor.tsx),
 * since Monaco draws only the lines in view.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

/** The editor's text input (Monaco's; it carries the editor's accessible name). */
export const editorInput = (page: Page) => page.getByRole('textbox', { name: 'SQL source' });

/** Waits until Monaco has replaced the plain-text placeholder. */
export async function editorReady(page: Page): Promise<void> {
  await expect(page.locator('.sql-editor')).toHaveAttribute('data-editor', 'ready');
  await page.waitForFunction(() => window.__schemawiseEditor !== undefined);
}

export async function focusEditor(page: Page): Promise<void> {
  await editorReady(page);
  await editorInput(page).focus();
}

export const editorValue = (page: Page) => page.evaluate(() => window.__schemawiseEditor!.getValue());
export const selectedText = (page: Page) => page.evaluate(() => window.__schemawiseEditor!.getSelectionText());
export const editorMarkers = (page: Page) => page.evaluate(() => window.__schemawiseEditor!.getMarkers());

/** Replaces the editor's text the way a user does: select all, paste from the clipboard. */
export async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  await focusEditor(page);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await expect.poll(() => editorValue(page)).toBe(text);
}

/**
 * The rendered line of the editor that holds the selection (after `selectLine`, the line chosen):
 * its overlay row, where Monaco draws the selection and the markers' squiggles.
 */
export const selectedLineOverlay = (page: Page) => page.locator('.sql-editor .view-overlays > div:has(.selected-text)');
