import { keyOf } from '../model/names';
import type { Column, Schema, Table } from '../model/types';
import { columnsNamed, singular } from './heuristics';
import { tableRole, type TableRole } from './table-roles';
import { keyFamilies, typeFamily, type TypeFamily } from './type-families';
import { defineRule } from './types';

const TAG_SUFFIXES = ['_type', '_kind', '_class', '_table'];

const WITHOUT_ARC: ReadonlySet<TableRole> = new Set(['partition', 'infrastructure', 'utility', 'history', 'log', 'event', 'stream', 'staging', 'idempotency']);

/**
 * Polymorphic associations as a type tag + id pair (`commentable_type`, `commentable_id`): the id
 * can point at nothing, since no foreign key can span several tables. The catalogue's answer is
 * one nullable FK column per parent with a CHECK that exactly one is set (an exclusive arc).
 */
export default defineRule({
  meta: {
    id: 'no-type-tag-polymorphism',
    category: 'patterns',
    description: 'Polymorphic type-tag + id pairs should be separate foreign keys (an exclusive arc).',
    recommended: 'warn',
    strict: 'error',
    pattern: 'polymorphic-arc',
  },
  create(context) {
    let families: Set<TypeFamily> | undefined;
    return {
      table(table) {
        // Outboxes and event stores name the aggregate an event is about; it may be deleted
        // before the event is read, so no FK is possible there by design.
        // The audited gem's audits and PaperTrail's versions log changes to rows that may be gone.
        // Moderation logs (mod_actions, moderator_actions) name subjects that are often deleted.
        // Idempotency records name what a request created, to replay its answer after it is gone.
        if (/(^|_)(outbox|events?|event_store|audit_log|audits?|versions|activities|activity_log)($|_)|^(mod|moderator|moderation|admin)_(actions|log)$/.test(table.name)) return;
        // A framework's own polymorphic tables (Active Storage's attachments, acts-as-taggable-on's
        // taggings) are not the app's to change; history and staging rows outlive or precede their subject.
        if (WITHOUT_ARC.has(tableRole(table, context.schema).role)) return;
        let fkColumns: Set<string> | undefined;
        const generic = djangoGenericRelation(table);
        if (generic) {
          families ??= keyFamilies(context.schema);
          if (families.has(typeFamily(generic.type, context.schema))) {
            context.report({
              target: { schema: table.schema, table: table.name, column: generic.name },
              message: `${table.name}.content_type_id + ${generic.name} is a generic relation (a polymorphic reference) with no foreign key.`,
              help: `The content type names the table and ${generic.name} a row in it: nothing stops it from pointing at a deleted or missing row. Use one foreign key column per parent table and a CHECK (num_nonnulls(...) = 1), or a GenericRelation cleanup on every parent.`,
              source: generic.source,
            });
          }
        }
        for (const tag of table.columns) {
          const suffix = TAG_SUFFIXES.find((s) => tag.name.endsWith(s) && tag.name.length > s.length);
          if (!suffix) continue;
          fkColumns ??= new Set(table.foreignKeys.flatMap((fk) => fk.columns));
          const stem = tag.name.slice(0, -suffix.length);
          const id = columnsNamed(table, `${stem}_id`)[0];
          if (!id || fkColumns.has(id.name)) continue;
          // The table's own key is what identifies this row, not a reference to another:
          // equipment_sensors (sensor_id PRIMARY KEY, sensor_type) is a sensor and its kind.
          if (isOwnKey(table, id.name)) continue;
          // A text id next to a type is usually another system's identifier (a payment
          // provider's method id and its kind), not a reference to one of this schema's tables.
          if (!id.type.schema && ['text', 'character varying', 'character', 'citext'].includes(id.type.name)) continue;
          // The id must be able to hold some table's key: a bytea span_id next to an enum
          // span_kind (OpenTelemetry) points at no row of this schema.
          families ??= keyFamilies(context.schema);
          const family = typeFamily(id.type, context.schema);
          if (family === 'other' || !families.has(family)) continue;
          if (!enumNamesTables(tag, context.schema)) continue;
          context.report({
            target: { schema: table.schema, table: table.name, column: id.name },
            message: `${table.name}.${tag.name} + ${id.name} is a polymorphic reference with no foreign key.`,
            help: `Nothing stops ${id.name} from pointing at a deleted or missing row. Use one foreign key column per parent table and a CHECK (num_nonnulls(...) = 1).`,
            source: id.source,
            suggestions: [
              {
                kind: 'pattern',
                description: `Apply the polymorphic-arc pattern to ${table.name} (${tag.name}, ${id.name})`,
                pattern: 'polymorphic-arc',
                target: { schema: table.schema, name: table.name },
                params: { typeColumn: tag.name, idColumn: id.name },
              },
            ],
          });
        }
      },
    };
  },
});

/**
 * Django's generic relation (contenttypes' GenericForeignKey): `content_type_id` references
 * `django_content_type` (the registry of models, one row per table) and `object_id` holds a row
 * of whichever table that names; only the first has a foreign key. The id column, when the pair
 * is there and the id has no key of its own.
 */
function djangoGenericRelation(table: Table): Column | undefined {
  const contentType = table.foreignKeys.find((fk) => fk.columns.length === 1 && /(^|_)content_type_id$/.test(fk.columns[0]!) && fk.references.name === 'django_content_type');
  if (!contentType) return undefined;
  const prefix = contentType.columns[0]!.slice(0, -'content_type_id'.length);
  const id = columnsNamed(table, `${prefix}object_id`)[0];
  if (!id || table.foreignKeys.some((fk) => fk.columns.includes(id.name))) return undefined;
  return id;
}

/**
 * An enum tag names tables when at least one of its values does (`'Post'`, `'posts'`,
 * `'blog_post'`); an enum of kinds (`SPAN_KIND_SERVER`) does not. Other tag types are not judged.
 */
function enumNamesTables(tag: Column, schema: Schema): boolean {
  if (!tag.type.schema) return true;
  const type = schema.types[keyOf({ schema: tag.type.schema, name: tag.type.name })];
  if (type?.kind !== 'enum') return true;
  const names = new Set(Object.values(schema.tables).flatMap((t: Table) => [t.name, singular(t.name)]));
  const snake = (v: string) => v.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/::/g, '_').toLowerCase();
  return type.values.some((v) => names.has(snake(v)) || names.has(singular(snake(v))));
}

/**
 * The column is by itself the table's primary key or one of its single-column unique keys; or it
 * is named for the table itself (`task_id` in `tasks`) and is part of a composite primary key:
 * Cadence's `tasks` PRIMARY KEY (domain_id, task_list_name, task_type, task_id) numbers its own
 * rows within a task list, and task_type is the task's kind. A link table's pair stays reported:
 * `taggable_id` in `taggings` is not named for its table.
 */
function isOwnKey(table: Table, column: string): boolean {
  const pk = table.primaryKey?.columns ?? [];
  if (pk.length === 1 && pk[0] === column) return true;
  if (pk.includes(column) && column === `${singular(table.name)}_id`) return true;
  return table.uniqueConstraints.some((u) => u.columns.length === 1 && u.columns[0] === column);
}
