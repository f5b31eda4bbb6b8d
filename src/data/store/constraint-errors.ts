/**
 * Recognising, in either dialect, the errors another transaction's concurrent write causes: they
 * mean "the store moved on while you worked", not a fault, and are answered as such.
 */

const codeOf = (error: unknown) => String((error as { code?: unknown } | null)?.code ?? '');

/** A unique or primary key already holds the value written (SQLite, PostgreSQL 23505). */
export function isUniqueViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/** A row written refers to one that is gone, or a row removed is still referred to (PostgreSQL 23503). */
export function isForeignKeyViolation(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/**
 * The database gave up on the transaction because of another one: on PostgreSQL a serialization
 * failure or deadlock; on SQLite another connection (another process on the same file) wrote since
 * this transaction read, or held the write lock past the busy timeout.
 */
export function isTransactionConflict(error: unknown): boolean {
  const code = codeOf(error);
  return code === '40001' || code === '40P01' || code.startsWith('SQLITE_BUSY');
}
