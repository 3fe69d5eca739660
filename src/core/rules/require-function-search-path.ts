import { defineRule } from './types';

/**
 * A SECURITY DEFINER function runs with its owner's rights but resolves unqualified names through
 * the caller's search_path: a caller who can create objects in a schema on that path can make the
 * function call their code as the owner. Pin search_path on the function.
 */
export default defineRule({
  meta: {
    id: 'require-function-search-path',
    category: 'security',
    description: 'SECURITY DEFINER functions must set a fixed search_path.',
    recommended: 'error',
    strict: 'error',
    pattern: 'sound-design',
  },
  create(context) {
    return {
      routine(routine) {
        if (!routine.securityDefiner) return;
        const path = routine.config.search_path;
        // pg_temp is searched first unless it is listed, so it must come last (or the path be empty).
        const parts = path?.split(/,\s*/).map((p) => p.replace(/^"|"$/g, '')) ?? [];
        if (path !== undefined && (path === '' || path === "''" || path === '""' || parts[parts.length - 1] === 'pg_temp')) return;
        context.report({
          target: { schema: routine.schema, name: `${routine.name}(${routine.signature})` },
          message: path === undefined
            ? `SECURITY DEFINER function ${routine.name}(${routine.signature}) does not set search_path.`
            : `SECURITY DEFINER function ${routine.name}(${routine.signature}) sets search_path to ${path} without pg_temp last.`,
          help: "Add `SET search_path = ''` (and qualify names in the body) or `SET search_path = pg_catalog, pg_temp`.",
          source: routine.source,
        });
      },
    };
  },
});
