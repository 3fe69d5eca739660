/**
 * BEGIN / START TRANSACTION, COMMIT / END, ROLLBACK / ABORT, SAVEPOINT, ROLLBACK TO SAVEPOINT,
 * RELEASE, PREPARE TRANSACTION (see transactions.ts for how a rollback undoes the model), and
 * the statements Postgres refuses inside a transaction block.
 */
import type { Fields } from '../ast';
import { type ImportContext, StatementError } from '../context';
import { dropTableByKey } from './drop';

function commit(ctx: ImportContext): void {
  for (const key of ctx.transactions.commit()) dropTableByKey(ctx, key);
}

function rollback(ctx: ImportContext): void {
  if (!ctx.transactions.rollback()) {
    ctx.report('warning', 'ROLLBACK: the changes of this transaction could not be undone in the model.');
  }
}

export function transactionStatement(ctx: ImportContext, stmt: Fields): void {
  const tx = ctx.transactions;
  switch (stmt.kind) {
    case 'TRANS_STMT_BEGIN':
    case 'TRANS_STMT_START':
      if (tx.active) ctx.report('warning', 'there is already a transaction in progress');
      else tx.begin(ctx.source());
      return;
    case 'TRANS_STMT_COMMIT':
    case 'TRANS_STMT_ROLLBACK':
      if (!tx.active) {
        if (stmt.chain) throw new StatementError(`${stmt.kind === 'TRANS_STMT_COMMIT' ? 'COMMIT' : 'ROLLBACK'} AND CHAIN can only be used in transaction blocks`);
        ctx.report('warning', 'there is no transaction in progress');
        return;
      }
      if (stmt.kind === 'TRANS_STMT_COMMIT') commit(ctx);
      else rollback(ctx);
      // AND CHAIN starts the next transaction at once.
      if (stmt.chain) tx.begin(ctx.source());
      return;
    case 'TRANS_STMT_SAVEPOINT':
      if (!tx.active) throw new StatementError('SAVEPOINT can only be used in transaction blocks');
      tx.savepoint(stmt.savepoint_name ?? '', ctx.source());
      return;
    case 'TRANS_STMT_RELEASE':
      if (!tx.active) throw new StatementError('RELEASE SAVEPOINT can only be used in transaction blocks');
      if (!tx.release(stmt.savepoint_name ?? '')) throw new StatementError(`savepoint "${stmt.savepoint_name}" does not exist`);
      return;
    case 'TRANS_STMT_ROLLBACK_TO': {
      if (!tx.active) throw new StatementError('ROLLBACK TO SAVEPOINT can only be used in transaction blocks');
      const done = tx.rollbackTo(stmt.savepoint_name ?? '');
      if (done === undefined) throw new StatementError(`savepoint "${stmt.savepoint_name}" does not exist`);
      if (!done) ctx.report('warning', 'ROLLBACK TO SAVEPOINT: the changes since the savepoint could not be undone in the model.');
      return;
    }
    case 'TRANS_STMT_PREPARE':
      // max_prepared_transactions is 0 unless the server is configured for two-phase commit:
      // the PREPARE fails and the transaction is rolled back.
      if (!tx.active) {
        ctx.report('warning', 'there is no transaction in progress');
        return;
      }
      rollback(ctx);
      throw new StatementError('prepared transactions are disabled (max_prepared_transactions is 0 by default); the transaction is rolled back');
    case 'TRANS_STMT_COMMIT_PREPARED':
    case 'TRANS_STMT_ROLLBACK_PREPARED':
      throw new StatementError(`prepared transaction with identifier "${stmt.gid}" does not exist`);
    default:
      return;
  }
}

/** What Postgres refuses to run inside a transaction block (PreventInTransactionBlock). */
export function refusedInTransaction(kind: string, stmt: Fields): string | undefined {
  switch (kind) {
    case 'IndexStmt':
      return stmt.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return stmt.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt':
      return (stmt.params ?? []).some((p: Fields) => p.DefElem?.defname === 'concurrently') ? 'REINDEX CONCURRENTLY' : undefined;
    case 'VacuumStmt':
      return stmt.is_vacuumcmd ? 'VACUUM' : undefined;
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'AlterTableStmt':
      return (stmt.cmds ?? []).some((c: Fields) => c.AlterTableCmd?.subtype === 'AT_DetachPartition' && c.AlterTableCmd?.def?.PartitionCmd?.concurrent)
        ? 'ALTER TABLE ... DETACH PARTITION CONCURRENTLY'
        : undefined;
    default:
      return undefined;
  }
}
