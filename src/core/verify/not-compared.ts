/**
 * What "Verify on Postgres" deliberately does not compare, with why. The differ leaves the same
 * things out (it emits no statement for them), so verify and the migration agree; the verify
 * report shows this list as "not compared" and docs/verify.md explains it.
 */
export interface NotCompared {
  property: string;
  why: string;
}

export const NOT_COMPARED: NotCompared[] = [
  {
    property: 'owners (ALTER ... OWNER TO)',
    why: 'an object belongs to whoever runs the migration unless a statement says otherwise, and dumps name roles that exist only where they were taken; privileges the owner holds are compared, as "owner"',
  },
  { property: 'who granted a privilege (the grantor)', why: 'it is the owner unless a role with GRANT OPTION granted it, and the grantee holds the privilege either way' },
  { property: 'column order', why: 'Postgres adds a column last and cannot move one without rebuilding the table' },
  { property: 'names of NOT NULL constraints and of identity columns\' sequences', why: 'Postgres names them after the table and column at the time, so a renamed table keeps the old names; the column\'s NOT NULL and its identity sequence\'s options are compared' },
  { property: 'tablespaces', why: 'a scratch database has only the default ones' },
  { property: 'roles, role memberships and database settings', why: 'they belong to the cluster or the database, not to a schema; roles that grants, policies or owners name are created in the scratch database' },
  {
    property: 'event triggers, rules (other than views\'), casts, operators, operator classes, text search configurations, publications, foreign servers',
    why: 'the model counts them but does not manage them, so the differ emits nothing for them',
  },
  { property: 'whether a constraint inherited from a parent is also declared on the child', why: 'Postgres merges the two; only inheritance of columns is compared' },
  { property: 'rows, sequences\' current values, planner statistics', why: 'data, not schema' },
];
