import * as assert from 'assert';
import { dropConsumed } from '../../../src/runtime/py/fifoArray';

describe('fifoArray: arrays used as FIFO queues', () => {
  it('keeps the head until the consumed prefix is large, then drops it without losing items', () => {
    const a: (number | undefined)[] = [];
    let head = 0;
    const taken: number[] = [];
    for (let i = 0; i < 5000; i++) {
      a.push(i, i + 0.5);
      taken.push(a[head]!);
      a[head++] = undefined;
      head = dropConsumed(a, head);
      const live = a.length - head;
      assert.ok(a.length <= Math.max(live + 1024, 2 * live), 'at most a batch of consumed slots, or as many as live ones');
    }
    assert.strictEqual(taken.length, 5000);
    assert.deepStrictEqual(taken.slice(0, 4), [0, 0.5, 1, 1.5]);
    assert.strictEqual(a.length - head, 5000);
    assert.strictEqual(dropConsumed([1, 2, 3], 2), 2);
  });
});
