/**
 * `--strict-schemas`, shared by every command that reads SQL: read schemas as Postgres does (a
 * CREATE in a schema the file never creates fails) instead of assuming such schemas exist (the
 * default, one warning per schema), for a file that is meant to run on an empty database.
 */
import type { ImportOptions } from '../core/parse';
import type { OptionSpecs, ParsedArgs } from './command';

export const STRICT_SCHEMAS_OPTION: OptionSpecs = { 'strict-schemas': { type: 'boolean' } };

export const STRICT_SCHEMAS_HELP = `  --strict-schemas      read schemas as Postgres does: a CREATE in a schema the file never
                        creates is an error (by default such a schema, named in search_path
                        or a qualified name, is assumed to exist, with one warning each)`;

export function importOptions(values: ParsedArgs['values']): ImportOptions {
  return values['strict-schemas'] ? { strictSchemas: true } : {};
}
