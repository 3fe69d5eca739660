import { historyMainOf, mentions } from './heuristics';
import { defineRule } from './types';
import { describeSite, unseenChange } from './unseen';

/**
 * History tables (pattern catalogue, tier 2) are only complete when the database writes them: an
 * AFTER INSERT/UPDATE/DELETE trigger on the main table. Written by application code, they miss
 * every change made by another path.
 */
export default defineRule({
  meta: {
    id: 'require-history-trigger',
    category: 'patterns',
    description: 'A history table must be written by a trigger on its main table.',
    recommended: 'warn',
    strict: 'error',
    pattern: 'history-table',
  },
  create(context) {
    return {
      table(history) {
        const main = historyMainOf(history, (name) => context.index.table({ schema: history.schema, name }));
        if (!main) return;
        const written = context.index.triggersOf(main).some(({ trigger, routine }) =>
          trigger.events.some((e) => e === 'update' || e === 'delete') &&
          (routine ? mentions(routine.body, history.name) : /history|audit|version/i.test(trigger.function.name)),
        );
        if (written) return;
        const unseen = unseenChange(context.schema, main, ['trigger']);
        context.report({
          target: { schema: history.schema, table: history.name },
          message: unseen
            ? `${history.name} looks like the history of ${main.name}; could not see a trigger on ${main.name} that writes to it (${describeSite(unseen)} may create one).`
            : `${history.name} looks like the history of ${main.name}, but no trigger on ${main.name} writes to it.`,
          help: `Add an AFTER INSERT OR UPDATE OR DELETE ... FOR EACH ROW trigger on ${main.name} that inserts the row into ${history.name}.`,
          fix: { kind: 'pattern', description: `Apply the history-table pattern to ${main.name}`, pattern: 'history-table', target: { schema: main.schema, name: main.name } },
        });
      },
    };
  },
});
