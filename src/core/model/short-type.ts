import type { TypeRef } from './types';
import { formatType } from './format-type';
import { lookupTable } from './lookup';

/** Postgres's own short aliases for the long SQL-standard type names. */
const ALIASES = lookupTable<string>({
  'timestamp with time zone': 'timestamptz',
  'timestamp without time zone': 'timestamp',
  'time with time zone': 'timetz',
  'time without time zone': 'time',
  'character varying': 'varchar',
  'bit varying': 'varbit',
});

/** A column type as people write it: `timestamptz`, `varchar(80)`, user types without `public.`. */
export function shortType(type: TypeRef): string {
  // character(n) is `char(n)` as people write it; formatType's `char` is the one-byte internal
  // type, so that alias is spelled here. Without a length it stays `bpchar` (unlimited).
  if (!type.schema && type.name === 'character' && type.modifiers.length > 0) {
    return `char(${type.modifiers.map((m) => String(Number(m))).join(',')})${'[]'.repeat(type.arrayDims)}`;
  }
  return formatType({
    ...type,
    name: type.schema ? type.name : (ALIASES[type.name] ?? type.name),
    schema: type.schema === 'public' ? undefined : type.schema,
  });
}
