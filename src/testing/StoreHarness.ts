import type { EntityName } from '../adapters/port/entities.js';
import type { Store } from '../adapters/port/Repository.js';
import type { AuditEvent } from '../model/index.js';
import type { ConformanceCaseId } from './conformanceCases.js';

/** One record as a {@link StoreProbe} reads it from storage. */
export interface StoredRecord {
  /** The stored version of the record. */
  readonly version: number;
  /** The record's fields as stored (`id` and `version` may be among them). */
  readonly record: Record<string, unknown>;
}

/**
 * A look at a store's storage that bypasses its repositories, so the conformance suite can check
 * what a store really wrote (and that a failed write left nothing behind).
 */
export interface StoreProbe {
  /**
   * Reads one stored record straight from storage, bypassing the repositories.
   * @param entity - the kind of record
   * @param id - the record's id
   * @returns the stored version and fields, or `null` when nothing is stored under that id
   */
  read(entity: EntityName, id: string): Promise<StoredRecord | null>;
  /**
   * Counts the stored records of one entity straight from storage.
   * @param entity - the kind of record
   * @returns how many records of that kind are stored
   */
  count(entity: EntityName): Promise<number>;
  /**
   * Reads every stored audit event straight from storage, bypassing the audit log. Optional: the
   * audit cases check storage when it is there, and only through the audit log when it is not.
   * @returns the events, in feed order
   */
  auditEvents?(): Promise<readonly AuditEvent[]>;
}

/** A store under test, with its probe and the clean-up to run after each case. */
export interface StoreHarness {
  /** The store under test, empty when handed to a case. */
  readonly store: Store;
  /** Direct reads of the store's storage. */
  readonly probe: StoreProbe;
  /**
   * Releases what the harness made for the case (a database, a schema, a connection). Runs after
   * the store's own `dispose()`.
   * @returns when the clean-up is done
   */
  cleanup?(): Promise<void>;
}

/** How `runStoreConformance` gets stores to test, and which cases it leaves out. */
export interface StoreConformanceOptions {
  /**
   * Makes a fresh, EMPTY store for each case (called once per case).
   * @returns the store, its probe and its clean-up
   */
  makeStore(): Promise<StoreHarness> | StoreHarness;
  /** Cases to skip, by id, each with the reason (shown in the skipped test's title). */
  readonly skip?: Partial<Record<ConformanceCaseId, string>>;
  /**
   * `quick` (the default): every case, those with `sizes` at their quick size (a 1,000-level
   * chain). `large`: only the cases with `sizes`, at their large size (a 10,000-level chain), their
   * titles starting with `[large]`; for a slower tier such as a CI run.
   */
  readonly tier?: 'quick' | 'large';
}
