import type { Schema, Table } from '../model/types';

/** Kimball's and dbt's names: `fact_sales`, `fct_orders`, `sales_fact`; `dim_date`, `customer_dim`. */
const FACT_NAME = /^(fact|facts|fct)_[a-z0-9_]+$|^[a-z0-9_]+_fact$/;
const DIMENSION_NAME = /^(dim|dimension)_[a-z0-9_]+$|^[a-z0-9_]+_(dim|dimension)$/;

/**
 * A data warehouse's fact or dimension table, in a schema that has both (a star: `fact_sales`
 * beside `dim_date`, `dim_product`). The ETL loads them from the sources: facts are written once
 * per load, dimensions change by the load's rules (slowly changing dimension columns), so neither
 * keeps an application's created_at / updated_at. One such name alone, without the other kind,
 * is an ordinary table.
 */
export function isWarehouseTable(table: Table, schema: Schema | undefined): boolean {
  const name = table.name.toLowerCase();
  if (!schema || !(FACT_NAME.test(name) || DIMENSION_NAME.test(name))) return false;
  // Only tables with such names get here, and each table's role is judged once per lint run.
  const names = Object.values(schema.tables).map((t) => t.name.toLowerCase());
  return names.some((n) => FACT_NAME.test(n)) && names.some((n) => DIMENSION_NAME.test(n));
}
