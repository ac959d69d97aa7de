// A creation-order log of objects of which only some are still of interest (a coroutine not yet
// started, a task not yet done): the others are dropped in batches when the log has doubled, so
// each add is O(1) amortized and nothing pays a hash-table insert and delete, as a Set would.
export class PrunedLog<T> {
  private log: T[] = [];
  private limit = 1024;
  constructor(private readonly live: (x: T) => boolean) {}
  add(x: T) {
    this.log.push(x);
    if (this.log.length > this.limit) {
      this.log = this.log.filter(this.live);
      this.limit = Math.max(1024, 2 * this.log.length);
    }
  }
  /** The entries still live, in the order they were added. */
  items(): T[] { return this.log.filter(this.live); }
  [Symbol.iterator](): Iterator<T> { return this.items()[Symbol.iterator](); }
  /** Empty the log, calling `drop` on every entry (live or not). */
  clear(drop?: (x: T) => void) {
    if (drop) for (const x of this.log) drop(x);
    this.log = [];
  }
}
