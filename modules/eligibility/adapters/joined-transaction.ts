import type { Database, UnitOfWork } from '@hearth/platform';

/**
 * A Database whose transactions are savepoints of an open unit of work. Passing it to another module's use case
 * (cases: createCase, startClock, submitFinalizingAction, approveReview …) makes that use case's writes and audit
 * events part of this transaction: the application, its cases and their clocks commit together or not at all.
 * (On PGlite the pool has one connection, so a second real transaction could never start.)
 */
export function joinedDatabase(database: Database, uow: UnitOfWork): Database {
  const tx = uow.tx as unknown as { transaction: Database['db']['transaction'] };
  const db = Object.create(database.db, { transaction: { value: (fn: any, config?: any) => tx.transaction(fn, config) } }) as Database['db'];
  return { ...database, db };
}
