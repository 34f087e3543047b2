/**
 * What the PostgreSQL store needs of a database client: a `query` method. A `pg` Pool, a `pg`
 * Client and a PGlite instance all fit, so staffcore never imports a driver itself.
 *
 * @module
 */

/** The result of one statement, as both `pg` and PGlite report it. */
export interface PostgresQueryResult {
  /** The rows the statement returned, one object per row keyed by column name. */
  readonly rows: readonly unknown[];
  /** Rows affected, as `pg` reports it. */
  readonly rowCount?: number | null;
  /** Rows affected, as PGlite reports it. */
  readonly affectedRows?: number;
}

/** Anything that runs one parameterized SQL statement: one connection, a pool, PGlite. */
export interface PostgresQueryable {
  /**
   * Runs one statement.
   * @param text - the SQL, with `$1`, `$2`, … placeholders
   * @param params - the values of the placeholders
   * @returns the statement's rows
   */
  query(text: string, params?: unknown[]): Promise<PostgresQueryResult>;
}

/** One connection lent by a pool; it goes back with `release`. */
export interface PostgresPoolConnection extends PostgresQueryable {
  /**
   * Gives the connection back to its pool.
   * @param error - when given, the pool discards the connection instead of reusing it
   */
  release(error?: Error | boolean): void;
}

/**
 * A connection pool such as a `pg` Pool: `connect()` lends one connection, which each transaction
 * keeps for its whole length, so transactions run side by side.
 */
export interface PostgresPool extends PostgresQueryable {
  /**
   * Borrows a connection from the pool.
   * @returns the connection; give it back with its `release`
   */
  connect(): Promise<PostgresPoolConnection>;
}

/**
 * The client handed to `postgresStore` and `migrate`: a `pg` Pool (one connection per transaction),
 * or one connection, such as a `pg` Client or a PGlite instance, whose transactions the store runs
 * one at a time.
 */
export type PostgresClient = PostgresPool | PostgresQueryable;
