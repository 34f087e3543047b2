import type { StatusDefinition } from '../../model/index.js';
import type { StatusCatalog } from '../statusCatalog.js';
import type { RecordLocation } from './CheckFinding.js';
import { Column } from './_internal/Column.js';
import { FingerprintIndex, fingerprint } from './_internal/FingerprintIndex.js';
import { PositionRuns } from './_internal/PositionRuns.js';

// A record's flags, one byte each: the status's place in the catalog (6 bits), then whether the id was declared.
const statusMask = 0x3f;
const noStatus = statusMask;
const declared = 1 << 6;

/**
 * A department read before its parent: its link is settled once the whole export has been read.
 * @category Check
 */
export interface PendingLink {
  /** The department's id. */
  readonly id: string;
  /** The parent's id as the department names it. */
  readonly parentId: string;
  /** The department's place in the index. */
  readonly child: number;
  /** The parent's place in the index (not declared when the link was made). */
  readonly parent: number;
  /** Where the department is. */
  readonly location: RecordLocation;
}

/**
 * The export's customer records as the dataset check keeps them: of each record only a 64-bit
 * fingerprint of its id, its status and its parent's place (about 20 bytes a record; where it
 * was read costs almost nothing, see PositionRuns), so millions of records fit in a few tens of megabytes. Records get dense places
 * 0, 1, 2, … (a parent named before it is read gets its place then). The check's runner fills it;
 * the rules read it.
 * @category Check
 */
export class DatasetIndex {
  private readonly ids = new FingerprintIndex();
  private readonly flags = new Column((n) => new Uint8Array(n));
  private readonly parents = new Column((n) => new Uint32Array(n)); // the parent's place + 1; 0 for none
  private readonly firstAt = new PositionRuns();
  private readonly statusIndex: ReadonlyMap<string, number>;
  /** The catalog's statuses, by the place the flags keep (at most 63). */
  readonly statuses: readonly StatusDefinition[];
  /** The departments read before their parent, in the order they were read. */
  readonly pending: PendingLink[] = [];

  constructor(catalog: StatusCatalog) {
    this.statuses = catalog.statuses.slice(0, statusMask);
    this.statusIndex = new Map(this.statuses.map((status, index) => [status.code, index]));
  }

  /** How many places are taken (records read, and parents named but not read). */
  get size(): number {
    return this.ids.size;
  }

  /** The catalog's status of a code, or `undefined`. */
  statusNamed(code: unknown): StatusDefinition | undefined {
    return typeof code === 'string' ? this.statuses[this.statusIndex.get(code) ?? noStatus] : undefined;
  }

  /** The place of an id, or -1 when no record has it and none names it as parent. */
  find(id: string): number {
    return this.ids.find(fingerprint(id));
  }

  /** Whether the record at a place has been read (rather than only named as a parent). */
  isDeclared(index: number): boolean {
    return (this.flags.get(index) & declared) !== 0;
  }

  /** The status of the record at a place, or `undefined` when it has none the catalog knows. */
  statusAt(index: number): StatusDefinition | undefined {
    return this.statuses[this.flags.get(index) & statusMask];
  }

  /** The parent's place, or -1 for a root. */
  parentOf(index: number): number {
    return this.parents.get(index) - 1;
  }

  /** The position (line, or record number) where the record at a place was read. */
  positionOf(index: number): number {
    return this.firstAt.get(index);
  }

  /**
   * Adds a record: its place, or, when an earlier record has the same id, that record's place and
   * `duplicate` (the index keeps the first record).
   */
  declare(id: string, status: StatusDefinition | undefined, parentId: string | null, location: RecordLocation): { index: number; duplicate: boolean } {
    const key = fingerprint(id);
    let index = this.ids.find(key);
    const position = location.line ?? location.index;
    if (index === -1) this.firstAt.append((index = this.ids.add(key)), position);
    else if (this.flags.get(index) & declared) return { index, duplicate: true };
    else this.firstAt.setLate(index, position);
    const statusAt = status ? this.statusIndex.get(status.code)! : noStatus;
    this.flags.set(index, statusAt | declared);
    if (parentId !== null && parentId !== id) {
      const parentKey = fingerprint(parentId);
      let parent = this.ids.find(parentKey);
      if (parent === -1) {
        parent = this.ids.add(parentKey);
        this.flags.set(parent, noStatus);
      }
      this.parents.set(index, parent + 1);
      if (!(this.flags.get(parent) & declared)) this.pending.push({ id, parentId, child: index, parent, location });
    }
    return { index, duplicate: false };
  }
}
