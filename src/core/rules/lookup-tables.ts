/** Reference data (lookup tables), told from a table's labels, flags and keys. */
import { keyOf } from '../model/names';
import type { Column, Schema, Table } from '../model/types';
import { CREATED_COLUMNS, GENERATOR, UPDATED_COLUMNS, singular } from './heuristics';
import { typeFamily } from './type-families';

/**
 * Label columns by name. Spanish, Portuguese, Italian and French names put the noun first (`descricao_medida`,
 * `nombre_categoria`, `libelle_type`) where English puts it last (`size_description`): the same
 * labels, read from the other end.
 */
const LABEL_NAMES = /^(title|label|type|kind|category|color|colour|icon|emoji|symbol|abbreviation|group|short_name|display_name)$|(name|label|code|description|abbr|acronym|region|type|kind)$|^(nome|nombre|nom|descricao|descripcion|descrizione|libelle|tipo|categoria|codigo|codice|sigla|titulo|etiqueta|rotulo)(_|$)/;
/**
 * A table its own comment calls reference data (AdventureWorks: 'Shipping company lookup table.'):
 * the schema says what no shape can, for a name beside amounts or times. A "cross-reference
 * table" is a link, not a lookup.
 */
const DOCUMENTED_LOOKUP = /(?<![-\w])(look-?up|reference|code) tables?\b/i;
/** A person's name: a table of people is not reference data. */
const PERSON_NAME = /^(first|last|middle|full|given|family|sur|nick)_?name$/;
/** Columns a lookup table carries for bookkeeping: when a row changed, a replication guid. */
const BOOKKEEPING = /^(rowguid|last_update|position|sort_order|ordinal)$|_count$/;

/** A column naming another row of the same table as this row's converse (`opposite_id`, `inverse_link_id`). */
const CONVERSE = /^(opposite|inverse|reverse|converse|counterpart)(_[a-z]+)*_id$/;

export function sameTable(ref: { schema?: string; name: string }, table: Table): boolean {
  return ref.name === table.name && (ref.schema ?? table.schema) === table.schema;
}

/**
 * Reference data: a key and up to three labels (name, type, code, description, by their names,
 * text-typed or a domain over text), flags (booleans, or an integer bit mask) or times of day (AdventureWorks' Shift: a name, a start
 * and an end time), besides bookkeeping columns (timestamps, a row guid, counters); or a table
 * whose comment calls it a lookup or reference table. Such tables are edited by the team, rarely
 * and as a whole, not by users. They may point at other reference data (a subcategory at its
 * category, a city at its country) or, when they carry a short code (StateProvince's
 * StateProvinceCode), at anything.
 */
export function isLookupTable(table: Table, schema?: Schema, depth = 0): boolean {
  if (table.comment && DOCUMENTED_LOOKUP.test(table.comment)) return true;
  const keys = new Set(table.primaryKey?.columns ?? []);
  const fkColumns = new Set(table.foreignKeys.flatMap((fk) => fk.columns));
  const rest = table.columns.filter((c) => !keys.has(c.name) && !fkColumns.has(c.name) && !BOOKKEEPING.test(c.name) && !CREATED_COLUMNS.includes(c.name) && !UPDATED_COLUMNS.includes(c.name) && !isGeneratedAlternateKey(table, c));
  const family = (c: Column) => (schema ? typeFamily(c.type, schema) : ['text', 'character varying', 'character', 'citext'].includes(c.type.name) ? 'string' : 'other');
  const isText = (c: Column) => c.type.arrayDims === 0 && family(c) === 'string';
  const own = new Set([table.name, singular(table.name)]);
  const shortCode = (c: Column) => /code$/.test(c.name) && isText(c) && (c.type.name === 'character' || Number(c.type.modifiers[0] ?? 99) <= 10);
  // Beside a short code, a comment says what the code means (Harbor's access: 'M', 'Management
  // access for project'); elsewhere a comment is a record's text.
  const explainsCode = (c: Column) => c.name === 'comment' && rest.some((o) => o !== c && shortCode(o));
  const label = (c: Column) => isText(c) && ((LABEL_NAMES.test(c.name) && !PERSON_NAME.test(c.name)) || own.has(c.name) || explainsCode(c));
  // A bit mask (Harbor's role.role_mask: the permissions a role grants) is a set of flags in one integer.
  const flag = (c: Column) =>
    (/flag$|^is_/.test(c.name) && (c.type.name === 'boolean' || isBooleanDomain(c, schema))) ||
    (/(^|_)(bit)?mask$/.test(c.name) && c.type.arrayDims === 0 && ['smallint', 'integer', 'bigint'].includes(c.type.name));
  // A time of day (not an instant) defines a recurring slot: a shift's start and end, a window.
  const timeOfDay = (c: Column) => c.type.arrayDims === 0 && /^time with(out)? time zone$/.test(c.type.name);
  // The row's converse in the same vocabulary (Kanboard's link types: 'blocks' has the opposite
  // 'is blocked by'), declared as a foreign key to this table or not: it pairs labels.
  const converse = (c: Column) => CONVERSE.test(c.name) && !table.foreignKeys.some((fk) => fk.columns.includes(c.name) && !sameTable(fk.references, table));
  const inVocabulary = table.columns.filter((c) => !keys.has(c.name) && converse(c));
  const values = [...rest.filter((c) => !converse(c)), ...inVocabulary];
  if (values.length === 0 || values.length > 3 || !values.every((c) => label(c) || flag(c) || timeOfDay(c) || converse(c)) || !values.some(label)) return false;
  const outward = table.foreignKeys.filter((fk) => !(fk.columns.length === 1 && converse(table.columns.find((c) => c.name === fk.columns[0])!)));
  if (outward.length === 0) return true;
  const code = rest.some(shortCode);
  if (code) return true;
  if (!schema || depth >= 2) return false;
  return outward.every((fk) => {
    const target = schema.tables[keyOf(fk.references)];
    return target !== undefined && target !== table && isLookupTable(target, schema, depth + 1);
  });
}

/**
 * A second identifier the database makes for each row, unique on its own (Spring PetClinic's
 * `uuid UUID DEFAULT gen_random_uuid() UNIQUE` beside an int key, a public id for URLs and APIs):
 * it names the row, as the key does, and says nothing about what the row is.
 */
function isGeneratedAlternateKey(table: Table, column: Column): boolean {
  if (!column.default || !GENERATOR.test(column.default)) return false;
  const alone = (columns: readonly (string | undefined)[]) => columns.length === 1 && columns[0] === column.name;
  return table.uniqueConstraints.some((u) => alone(u.columns)) || table.indexes.some((i) => i.unique && !i.where && alone(i.elements.map((e) => e.column)));
}

function isBooleanDomain(column: Column, schema: Schema | undefined): boolean {
  if (!column.type.schema || !schema) return false;
  const type = schema.types[keyOf({ schema: column.type.schema, name: column.type.name })];
  return type?.kind === 'domain' && type.baseType.name === 'boolean';
}
