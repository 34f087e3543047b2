import { quoteIdent } from './sqlText.js';

/** Where the audit log lives in one schema. */
export interface AuditTables {
  /** The quoted, schema-qualified table of events: one row per event, keyed by its feed position. */
  readonly events: string;
  /** The quoted, schema-qualified one-row table holding the last position handed out. */
  readonly counter: string;
}

/** The audit log's tables in `schema`. */
export function auditTablesOf(schema: string): AuditTables {
  return {
    events: `${quoteIdent(schema)}.${quoteIdent('audit_events')}`,
    counter: `${quoteIdent(schema)}.${quoteIdent('audit_counter')}`,
  };
}

/**
 * The statements creating the audit log: the events, their per-record index, and the counter row.
 * They make up schema version 2: once released they never change (a change is a new migration).
 *
 * Positions come from the counter row rather than a sequence: a transaction takes them with
 * `UPDATE … SET last = last + n`, which holds the row's lock until it commits, so positions are
 * handed out in commit order (a sequence hands them out in call order, and a reader tailing the
 * feed would pass a position whose transaction had not yet committed, and never read it).
 */
export function createAuditStatements(schema: string): string[] {
  const t = auditTablesOf(schema);
  return [
    `CREATE TABLE IF NOT EXISTS ${t.events} (` +
      'position bigint PRIMARY KEY CHECK (position > 0), ' +
      'entity text COLLATE "C" NOT NULL, ' +
      'record_id text COLLATE "C" NOT NULL, ' +
      'data jsonb NOT NULL)',
    `CREATE INDEX IF NOT EXISTS ${quoteIdent('audit_events_record_idx')} ON ${t.events} (entity, record_id, position)`,
    // `single` lets the table hold one row only. `last` is the last position handed out; a
    // transaction that rolls back undoes its increment, so positions have no gaps.
    `CREATE TABLE IF NOT EXISTS ${t.counter} (single boolean PRIMARY KEY DEFAULT true CHECK (single), last bigint NOT NULL CHECK (last >= 0))`,
    `INSERT INTO ${t.counter} (single, last) VALUES (true, 0) ON CONFLICT DO NOTHING`,
  ];
}

/**
 * The statements of schema version 9: events recorded before it get the two fields every event
 * now has. Which events shared a transaction was not recorded, so each becomes a transaction of its
 * own (its transaction id is its position, which no later transaction can take); the record's
 * version after the write was not recorded either, so it is `null`.
 */
export function auditTransactionStatements(schema: string): string[] {
  const t = auditTablesOf(schema);
  return [
    `UPDATE ${t.events} SET data = jsonb_build_object('transactionId', position::text, 'recordVersion', NULL) || data ` +
      `WHERE data->'transactionId' IS NULL`,
  ];
}
