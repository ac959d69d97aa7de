import * as assert from 'assert';
import { TimerHeap } from '../../src/runtime/eventsHeap';
import { TimerHandle } from '../../src/runtime/events';
import '../../src/runtime/wiring';

/** A timer handle with a deadline (its sequence number is its creation order). */
const timer = (when: number) => new TimerHandle(when, when, undefined, [], undefined, undefined);

describe('eventsHeap: the timer heap', () => {
  it('pops by deadline, FIFO among equal deadlines, through interleaved pushes and pops', () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const heap = new TimerHeap();
    const model: TimerHandle[] = [];
    const popped: TimerHandle[] = [];
    const expected: TimerHandle[] = [];
    for (let i = 0; i < 3000; i++) {
      if (rand() < 0.6 || model.length === 0) {
        const t = timer(Math.floor(rand() * 50) / 10);
        heap.push(t); model.push(t);
      } else {
        model.sort((a, b) => a.$when - b.$when || a.$seq - b.$seq);
        expected.push(model.shift()!);
        popped.push(heap.pop());
      }
      assert.strictEqual(heap.length, model.length);
    }
    assert.deepStrictEqual(popped.map(t => t.$seq), expected.map(t => t.$seq));
  });

  it('first/firstWhen, filter and clear', () => {
    const heap = new TimerHeap();
    const ts = [3, 1, 2, 1, 5].map(timer);
    for (const t of ts) heap.push(t);
    assert.strictEqual(heap.first(), ts[1]);
    assert.strictEqual(heap.firstWhen(), 1);
    heap.filter(t => t !== ts[1]);
    assert.strictEqual(heap.length, 4);
    assert.deepStrictEqual([heap.pop(), heap.pop(), heap.pop(), heap.pop()], [ts[3], ts[2], ts[0], ts[4]]);
    heap.push(ts[0]);
    assert.deepStrictEqual(heap.items(), [ts[0]]);
    heap.clear();
    assert.strictEqual(heap.length, 0);
    assert.strictEqual(heap.first(), undefined);
  });
});
