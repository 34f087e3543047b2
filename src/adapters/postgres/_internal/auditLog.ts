import { StaffcoreError } from '../../../errors/index.js';
import * as messages from '../../../errors/messages.js';
import { AuditEventId, type AuditEvent } from '../../../model/index.js';
import { checkNewAuditEvents } from '../../_internal/auditEventChecks.js';
import { checkFeedQuery, checkTrailQuery, feedPage, trailPage } from '../../_internal/auditQueries.js';
import type { AuditLog } from '../../port/Repository.js';
import type { AuditTables } from './auditTables.js';
import type { Connection } from './connection.js';

/** The SQL text of the audit log's statements, built once per schema. */
interface Statements {
  readonly append: string;
  readonly since: string;
  readonly forRecord: string;
}

const statementCache = new WeakMap<AuditTables, Statements>();

function statementsOf(t: AuditTables): Statements {
  let statements = statementCache.get(t);
  if (statements) return statements;
  // $1 the events as one JSON array, $2 how many. Taking the positions is the UPDATE of the
  // counter row, whose lock the transaction holds until it ends: another appending transaction
  // waits here, and takes its positions only once this one has committed (PostgreSQL makes a
  // transaction visible before it releases its locks), so a reader that sees position n also
  // sees every position before n. The events go in with the same statement.
  // $3 the transaction id taken by an earlier append of this transaction, or null on its first:
  // then it is the position of this batch's first event. Positions are never shared by committed
  // events, so neither are transaction ids, on any server, after a restore too (unlike an xid).
  const position = 'counter.last - $2::bigint + e.n';
  const transactionId = 'coalesce($3::bigint, counter.last - $2::bigint + 1)';
  const append =
    `WITH counter AS (UPDATE ${t.counter} SET last = last + $2::bigint RETURNING last), ` +
    `inserted AS (INSERT INTO ${t.events} (position, entity, record_id, data) ` +
    `SELECT ${position}, e.event->>'entity', e.event->>'recordId', ` +
    `e.event || jsonb_build_object('id', (${position})::text, 'transactionId', (${transactionId})::text) ` +
    'FROM counter, jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(event, n)) ' +
    'SELECT last::text AS last FROM counter';
  // $1 the position to read after, $2 the position this transaction's own events start at (or
  // null): they are not committed, so they are not read.
  const own = '($2::bigint IS NULL OR position < $2::bigint)';
  const since = `SELECT data FROM ${t.events} WHERE position > $1::bigint AND ${own} ORDER BY position LIMIT $3::int`;
  // Then $3 and $4 the entity and record id: a range of the (entity, record_id, position) index.
  const forRecord =
    `SELECT data FROM ${t.events} WHERE entity = $3::text AND record_id = $4::text AND position > $1::bigint AND ${own} ` +
    'ORDER BY position LIMIT $5::int';
  statements = { append, since, forRecord };
  statementCache.set(t, statements);
  return statements;
}

/** The audit log inside one transaction. */
export function postgresAuditLog(connection: Connection, tables: AuditTables): AuditLog {
  const statements = statementsOf(tables);
  // The first position this transaction took. From then on it holds the counter row, so every
  // later position is its own too; reads leave them out, as a rollback would hand them to others.
  // It is also the transaction id of every event the transaction appends.
  let ownFrom: number | null = null;
  return {
    async append(events) {
      const checked = checkNewAuditEvents(events);
      if (checked.length === 0) return [];
      const [row] = await connection.query<{ last: string }>('audit.append', statements.append, [
        JSON.stringify(checked),
        checked.length,
        ownFrom === null ? null : String(ownFrom),
      ]);
      if (!row) {
        throw new StaffcoreError('STORE', messages.auditCounterMissing, {
          details: { operation: 'audit.append' },
        });
      }
      const first = Number(row.last) - checked.length + 1;
      ownFrom ??= first;
      const transactionId = String(ownFrom);
      return checked.map((event, i): AuditEvent => ({ id: AuditEventId.parse(String(first + i)), transactionId, ...event }));
    },
    async forRecord(query) {
      const read = checkTrailQuery(query);
      const rows = await connection.query<{ data: AuditEvent }>('audit.forRecord', statements.forRecord, [
        String(read.after),
        ownFrom === null ? null : String(ownFrom),
        read.entity,
        read.recordId,
        read.limit + 1,
      ]);
      return trailPage(
        rows.map((row) => row.data),
        read.limit,
      );
    },
    async since(query) {
      const read = checkFeedQuery(query);
      const rows = await connection.query<{ data: AuditEvent }>('audit.since', statements.since, [
        String(read.after),
        ownFrom === null ? null : String(ownFrom),
        read.limit,
      ]);
      return feedPage(
        rows.map((row) => row.data),
        read,
      );
    },
  };
}
