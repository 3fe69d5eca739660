/**
 * Schemas a script assumes (issue 16, class 13): a migration whose CREATE SCHEMA lives elsewhere
 * is read as its author meant by default, and the Problems panel offers to read it as Postgres
 * would on an empty database instead; the choice is part of the document (undo takes it back).
 */
import { expect, test } from './fixtures';
import { paste } from './editor';

const SQL = `SET search_path = musicbrainz, public;
CREATE TABLE artist (id int PRIMARY KEY, name text NOT NULL);
CREATE TABLE release (id int PRIMARY KEY, artist int REFERENCES artist);
`;

test('a schema the SQL never creates is assumed, or read strictly on request', async ({ page }) => {
  await page.goto('/');
  await paste(page, SQL);
  const assume = page.getByTestId('assume-schemas');
  await expect(assume).toContainText('Assume schemas the SQL never creates exist (musicbrainz)');
  await expect(assume.getByRole('checkbox')).toBeChecked();
  await expect(page.getByRole('article', { name: 'Table musicbrainz.artist' })).toBeVisible();
  await page.screenshot({ path: 'test-results/schemas-assumed.png' });

  await assume.getByRole('checkbox').uncheck();
  await expect(assume.getByRole('checkbox')).not.toBeChecked();
  await expect(assume).toContainText('read as Postgres would on an empty database');
  // Postgres puts the tables in the first schema that exists: public.
  await expect(page.getByRole('article', { name: 'Table artist' })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+Z');
  await expect(assume.getByRole('checkbox')).toBeChecked();
});
