/** The type picker's suggestions (one datalist for every type field of the inspector). */
import { memo } from 'react';
import type { Schema } from '../../core/model';
import { COMMON_TYPES, schemaTypeNames } from '../design/type-names';

export const TYPE_LIST_ID = 'design-types';

export const TypeList = memo(function TypeList({ schema }: { schema: Schema }) {
  const own = schemaTypeNames(schema);
  return (
    <datalist id={TYPE_LIST_ID}>
      {own.map((name) => (
        <option key={`own:${name}`} value={name} label="type of this schema" />
      ))}
      {COMMON_TYPES.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
});
