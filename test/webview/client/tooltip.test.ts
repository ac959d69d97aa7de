// Hovering a segment: the Python file:line, the awaited object and who woke the task.
import * as assert from 'assert';
import { recordTrace } from '../record';
import { buildTimeline } from '../../../src/webview/client/model';
import { tooltipLines, segmentLine } from '../../../src/webview/client/timelineView';

describe('webview timeline: segment hover text', () => {
  const tl = buildTimeline(recordTrace('kitchen.py').events);
  const stew = tl.lanes.find(l => l.name === 'stew')!;
  const main = tl.lanes.find(l => l.coro.startsWith('main'))!;
  const seg = (lane: typeof stew, state: string) => lane.segments.find(s => s.state === state)!;

  it('gives a wait the line of its await and says what it awaits and what woke it', () => {
    assert.deepStrictEqual(tooltipLines(tl, stew, seg(stew, 'waiting')), [
      "stew 'cook' — waiting", 't=0.0 → t=3.0', 'Python kitchen.py:5', 'awaiting: sleep(3)', 'woken by the timer of sleep(3)',
    ]);
  });

  it('gives a first run the line of the coroutine def, later runs the line they resume at', () => {
    const runs = stew.segments.map((s, k) => ({ s, k })).filter(x => x.s.state === 'running');
    assert.deepStrictEqual(runs.map(x => segmentLine(stew, x.k)), [3, 5]);
    assert.ok(tooltipLines(tl, stew, runs[1].s).includes('woken by the timer of sleep(3)'));
  });

  it('shows the awaited gather for main, and the outcome of a finished task', () => {
    const lines = tooltipLines(tl, main, seg(main, 'waiting'));
    assert.ok(lines.includes('Python kitchen.py:12'), lines.join('\n'));
    assert.match(lines.find(l => l.startsWith('awaiting:'))!, /_GatheringFuture pending/);
    assert.deepStrictEqual(tooltipLines(tl, stew, seg(stew, 'done')).slice(-1), ["'stew'"]);
  });

  it('names the task that woke another one', () => {
    const events: any[] = [
      { k: 'task', id: 1, name: 'Task-1', coro: 'a() running at <cell 1>:1', t: 0 },
      { k: 'task', id: 2, name: 'Task-2', coro: 'b() running at <cell 1>:4', t: 0 },
      { k: 'step', id: 1, t: 0, line: 1 }, { k: 'wait', id: 1, t: 0, on: { kind: 'event', desc: 'Event.wait()' } }, { k: 'stepEnd', id: 1, t: 0 },
      { k: 'step', id: 2, t: 0, line: 4 }, { k: 'wake', id: 1, t: 0, by: 2 }, { k: 'stepEnd', id: 2, t: 0 },
      { k: 'step', id: 1, t: 0, line: 2 }, { k: 'stepEnd', id: 1, t: 0 },
    ];
    const t2 = buildTimeline(events);
    const a = t2.lanes[0];
    const wait = a.segments.find(s => s.state === 'waiting')!;
    assert.deepStrictEqual(tooltipLines(t2, a, wait).slice(2), ['Python <cell 1>:2', 'awaiting: Event.wait()', "woken by Task-2 'b'"]);
  });
});
