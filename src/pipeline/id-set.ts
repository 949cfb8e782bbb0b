/**
 * The ids of the documents already written in a run, to skip repeats of the same text.
 * A run of millions of documents must not hold a heap string per document: ids made by
 * `documentId` (20 hex digits, 80 bits) are packed into one typed array, 12 bytes a slot.
 */
const HEX_ID = /^[0-9a-f]{20}$/;
/** Set on the third word of every used slot, so that an all-zero id is told from an empty slot. */
const USED = 0x1_0000;

export class DocumentIdSet {
  private slots = new Uint32Array(3 * 1024);
  private used = 0;
  /** Ids of another shape (none from `documentId`), kept as they are. */
  private readonly others = new Set<string>();

  get size(): number {
    return this.used + this.others.size;
  }

  /** Adds `id`; false when it was already in the set. */
  add(id: string): boolean {
    if (!HEX_ID.test(id)) {
      if (this.others.has(id)) return false;
      this.others.add(id);
      return true;
    }
    const a = Number.parseInt(id.slice(0, 8), 16) >>> 0;
    const b = Number.parseInt(id.slice(8, 16), 16) >>> 0;
    const c = Number.parseInt(id.slice(16), 16) | USED;
    if (!this.insert(a, b, c)) return false;
    this.used += 1;
    if (this.used * 2 > this.slots.length / 3) this.grow();
    return true;
  }

  /** Places one packed id; false when it is there already. The ids are hashes: their first word spreads them. */
  private insert(a: number, b: number, c: number): boolean {
    const mask = this.slots.length / 3 - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      const at = i * 3;
      if (this.slots[at + 2] === 0) {
        this.slots[at] = a;
        this.slots[at + 1] = b;
        this.slots[at + 2] = c;
        return true;
      }
      if (this.slots[at] === a && this.slots[at + 1] === b && this.slots[at + 2] === c) return false;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Uint32Array(old.length * 2);
    for (let at = 0; at < old.length; at += 3) if (old[at + 2] !== 0) this.insert(old[at], old[at + 1], old[at + 2]);
  }
}
