import * as assert from 'assert';
import { PrunedLog } from '../../../src/runtime/py/prunedLog';

describe('prunedLog: a creation-order log pruned in batches', () => {
  it('iterates the live entries in order, drops the others as it grows, and clears', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ i, live: true }));
    const log = new PrunedLog<{ i: number; live: boolean }>((x) => x.live);
    for (const x of items) {
      log.add(x);
      if (x.i % 3 !== 0) x.live = false;
    }
    assert.deepStrictEqual([...log].map((x) => x.i), items.filter((x) => x.i % 3 === 0).map((x) => x.i));
    assert.ok((log as any).log.length < 5000, 'dead entries were dropped');
    const dropped: number[] = [];
    log.clear((x) => dropped.push(x.i));
    assert.ok(dropped.length > 0);
    assert.deepStrictEqual(log.items(), []);
  });
});
