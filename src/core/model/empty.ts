import type { Schema, Table, View } from './types';

export function emptySchema(): Schema {
  return {
    namespaces: { public: { name: 'public' } },
    extensions: {},
    tables: {},
    views: {},
    types: {},
    sequences: {},
    routines: {},
    opaque: {},
    collations: {},
    statistics: {},
    defaultPrivileges: {},
    other: {
      grants: 0,
      revokes: 0,
      eventTriggers: 0,
      rules: 0,
      aggregates: 0,
      operators: 0,
      casts: 0,
      publications: 0,
      roles: 0,
      other: 0,
    },
  };
}

export function emptyTable(schema: string, name: string): Table {
  return {
    schema,
    name,
    columns: [],
    uniqueConstraints: [],
    foreignKeys: [],
    checks: [],
    exclusions: [],
    indexes: [],
    triggers: [],
    policies: [],
    inherits: [],
    unlogged: false,
    rowLevelSecurity: false,
    forceRowLevelSecurity: false,
    options: [],
  };
}

export function emptyView(schema: string, name: string, materialized: boolean): View {
  return {
    schema,
    name,
    materialized,
    query: '',
    columnNames: [],
    dependsOn: [],
    options: [],
    withNoData: false,
    recursive: false,
    indexes: [],
    triggers: [],
    columnComments: {},
  };
}
