import rule from '../../../src/core/rules/no-reg-type-columns';
import { ruleTester } from './rule-tester';

ruleTester(rule, {
  valid: [
    'CREATE TABLE t (id bigint PRIMARY KEY, fn text);',
    { name: 'regclass, regtype and regrole survive pg_upgrade', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, rel regclass, typ regtype, who regrole);' },
  ],
  invalid: [
    { sql: 'CREATE TABLE t (id bigint PRIMARY KEY, handler regproc, cfg regconfig);', messages: 2 },
    { name: 'arrays and the rest of the family', sql: 'CREATE TABLE t (id bigint PRIMARY KEY, fns regprocedure[], op regoperator, ns regnamespace, d regdictionary, c regcollation, o regoper);', messages: 6 },
  ],
});
