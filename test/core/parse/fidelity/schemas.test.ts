/**
 * Class 13 of issue 16: scripts that assume their schemas exist. With strict schemas the import
 * reads them as Postgres does (a CREATE in a missing schema fails; an unqualified CREATE goes to
 * the first existing schema on the path). By default each schema named in search_path or a
 * qualified CREATE is taken as existing, with one warning per schema, so the model is what the
 * author meant; and both modes are consistent with themselves.
 */
import { describe, expect, test } from 'vitest';
import { importSqlAsync } from '../../../../src/core/parse';
import { expectSameAsPostgres } from '../../../support/fidelity';

const SCRIPT = `
SET search_path = musicbrainz, public;
CREATE TABLE artist (id int PRIMARY KEY, name text);
CREATE TABLE release (id int PRIMARY KEY, artist int REFERENCES artist);
CREATE INDEX release_artist_idx ON release (artist);
SET search_path = documentation;
CREATE TABLE l_artist_doc (id int);
CREATE TABLE cover_art_archive.image (id int, release int REFERENCES musicbrainz.release);
ALTER TABLE musicbrainz.artist ADD COLUMN comment text;
`;

describe('schemas a script assumes', () => {
  test('strict: exactly what Postgres does', async () => {
    const run = await expectSameAsPostgres(SCRIPT, { import: { strictSchemas: true } });
    expect(Object.keys(run.model.result.schema.tables)).toEqual(['public.artist', 'public.release']);
  });

  test('assumed (the default): the schemas exist, one warning each, everything lands where meant', async () => {
    const result = await importSqlAsync(SCRIPT);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const warnings = result.issues.filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => [w.line, w.message.split(':')[0]])).toEqual([
      [3, 'schema "musicbrainz" is first on the search_path but never created in this script'],
      [7, 'schema "documentation" is first on the search_path but never created in this script'],
      [8, 'schema "cover_art_archive" is never created in this script'],
    ]);
    expect(Object.keys(result.schema.tables)).toEqual([
      'musicbrainz.artist', 'musicbrainz.release', 'documentation.l_artist_doc', 'cover_art_archive.image',
    ]);
    expect(result.schema.tables['musicbrainz.artist']?.columns.map((c) => c.name)).toEqual(['id', 'name', 'comment']);
    expect(result.schema.tables['cover_art_archive.image']?.foreignKeys[0]?.references).toEqual({ schema: 'musicbrainz', name: 'release' });
    expect(Object.values(result.schema.namespaces).filter((n) => n.assumed).map((n) => n.name)).toEqual(['musicbrainz', 'documentation', 'cover_art_archive']);
  });

  test('a CREATE SCHEMA after the assumption is its creation; pg_dump\'s empty path stays strict', async () => {
    const result = await importSqlAsync(`SET search_path = app, public; CREATE TABLE t (a int);
      CREATE SCHEMA app; CREATE TABLE u (a int);`);
    expect(result.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(Object.keys(result.schema.tables)).toEqual(['app.t', 'app.u']);
    const dump = await importSqlAsync(`SELECT pg_catalog.set_config('search_path', '', false); CREATE TABLE t (a int);`);
    expect(dump.issues.map((i) => i.message)).toEqual(['no schema has been selected to create in']);
    const assumed = await importSqlAsync('CREATE TABLE app.t (a int); CREATE SCHEMA app; CREATE SCHEMA IF NOT EXISTS app;');
    expect(assumed.issues.map((i) => i.severity)).toEqual(['warning']);
    expect(assumed.schema.namespaces.app?.assumed).toBeUndefined();
  });
});
