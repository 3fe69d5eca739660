/**
 * mv-concurrent-refresh on the corpus files with materialized views that the other parts do not
 * read (the pattern needs one; most files have none). lago's and postgrest's views have no GROUP
 * BY or DISTINCT to infer a row key from: the pattern declines them and asks for the columns.
 */
import { describeContract } from './contract';

describeContract(['adventureworks.sql', 'lago-structure.sql', 'postgrest-fixtures.sql'], {
  patterns: ['mv-concurrent-refresh'],
  variants: false,
});
