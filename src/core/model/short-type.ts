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
  character: 'char',
  'bit varying': 'varbit',
});

/** A column type as people write it: `timestamptz`, `varchar(80)`, user types without `public.`. */
export function shortType(type: TypeRef): string {
  return formatType({
    ...type,
    name: type.schema ? type.name : (ALIASES[type.name] ?? type.name),
    schema: type.schema === 'public' ? undefined : type.schema,
  });
}
