// A minimal unbounded async queue (the hand-written stand-in for asyncio.Queue).
'use strict';
class AsyncQueue {
  constructor() { this.items = []; this.head = 0; this.waiters = []; }
  put(v) {
    const w = this.waiters.shift();
    if (w) w(v); else this.items.push(v);
    return Promise.resolve();
  }
  get() {
    if (this.head < this.items.length) {
      const v = this.items[this.head++];
      if (this.head === this.items.length) { this.items = []; this.head = 0; }
      return Promise.resolve(v);
    }
    return new Promise(resolve => this.waiters.push(resolve));
  }
  qsize() { return this.items.length - this.head; }
}
module.exports = { AsyncQueue };
