import type { QualifiedName } from '../../core/model';

/** `name` in the public schema, `schema.name` elsewhere: how people read names in a diagram. */
export function displayName(ref: QualifiedName): string {
  return ref.schema === 'public' ? ref.name : `${ref.schema}.${ref.name}`;
}
