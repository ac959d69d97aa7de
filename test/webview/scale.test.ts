// Scale: 10,000 tasks and 100,000 events build and answer queries; times are only logged (speed
// is measured in benchmarks, never asserted in tests) (the view renders only the
// visible rows, so the model is what scales with the trace).
import * as assert from 'assert';
import { buildTimeline, segmentAt } from '../../src/webview/client/model';
import { syntheticTrace } from './synthetic';
import { loopAt, why } from '../../src/webview/client/moment';

describe('webview model at scale', () => {
  it('10,000 tasks and ~100,000 events: builds every lane and answers moment and why queries (times are logged, measured in the README)', () => {
    const ev = syntheticTrace(10_000, 14);
    assert.ok(ev.length >= 100_000, `${ev.length} events`);
    let t = performance.now();
    const tl = buildTimeline(ev);
    const build = performance.now() - t;
    assert.strictEqual(tl.lanes.length, 10_000);
    const mid = Math.floor(ev.length / 2);
    t = performance.now();
    loopAt(tl, mid - 1);
    const cold = performance.now() - t;
    for (let k = 2; k < 6; k++) loopAt(tl, mid - k); // scrubbing: the JIT warms up
    t = performance.now();
    const m = loopAt(tl, mid);
    const w = why(tl, 5000, mid);
    const query = performance.now() - t;
    assert.ok(m.ready.length + (m.current !== undefined ? 1 : 0) > 0 || m.timers.length >= 0);
    assert.ok(w.length > 0 && segmentAt(tl.lanes[5000], ev.length - 1)?.state === 'done');
    console.log(`      build ${build.toFixed(0)} ms, first loopAt ${cold.toFixed(0)} ms, then loopAt+why ${query.toFixed(1)} ms (${ev.length} events)`);
  });
});
