import { quoteIdent } from './names';
import type { TypeRef } from './types';
import { lookupTable } from './lookup';

/** Types whose modifiers go in the middle: `timestamp(3) with time zone`. */
const SPLIT_TYPES = lookupTable<[string, string]>({
  'timestamp without time zone': ['timestamp', ' without time zone'],
  'timestamp with time zone': ['timestamp', ' with time zone'],
  'time without time zone': ['time', ' without time zone'],
  'time with time zone': ['time', ' with time zone'],
});

/** A type as Postgres's format_type prints it (user types schema-qualified, quoted if needed). */
export function formatType(type: TypeRef): string {
  const mods = type.modifiers.length > 0 ? `(${type.modifiers.join(',')})` : '';
  let base: string;
  const split = SPLIT_TYPES[type.name];
  if (type.schema) base = `${quoteIdent(type.schema)}.${quoteIdent(type.name)}${mods}`;
  // The SQL-standard char is stored as `character`; a bare `char` is the one-byte internal type.
  else if (type.name === 'char') base = `"char"${mods}`;
  else if (split) base = `${split[0]}${mods}${split[1]}`;
  else if (type.name === 'interval' && mods) base = 'interval'; // field masks are not printable here
  else base = /^[a-z_][a-z0-9_ ]*$/.test(type.name) ? `${type.name}${mods}` : `${quoteIdent(type.name)}${mods}`;
  return base + '[]'.repeat(type.arrayDims);
}
