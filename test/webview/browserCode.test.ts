// Browser test of the task view's code pane: the built page with the monaco bundle, the kitchen
// demo's trace plus its code as the host sends it. Selecting a task and a moment highlights the
// Python line it is at and the translation lines made from it; clicking a translation line
// highlights its Python line. Saves media/screenshots/taskview-code.png.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { recordTrace, FIXTURES } from './record';
import { ROOT, ensureBuilt, launch, serve } from './browserHarness';
import { codeFile } from '../../src/webview/codeFiles';

describe('task view code pane (monaco) in headless Chromium', function () {
  this.timeout(120_000);
  let browser: any, page: any, srv: { url: string; close(): void };
  const problems: string[] = [];
  const { events } = recordTrace('kitchen.py');
  const code = codeFile('kitchen.py', fs.readFileSync(path.join(FIXTURES, 'kitchen.py'), 'utf8'), 'kitchen.py');

  before(async () => {
    ensureBuilt();
    browser = await launch();
    srv = await serve();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('console', (m: any) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e: Error) => problems.push(e.message));
    await page.goto(srv.url);
    await page.evaluate((m: unknown) => window.postMessage(m, '*'), { type: 'trace', trace: { version: 1, file: 'kitchen.py', events }, title: 'kitchen', code: [code] });
    await page.waitForSelector('.al-row');
  });
  after(async () => { await browser?.close(); srv?.close(); });

  /** Text of the editor lines carrying our highlight decoration, in one editor. */
  const marked = (editor: string) => page.$$eval(`${editor} .view-overlays > div`, (rows: HTMLElement[]) => {
    const lines = Array.from(rows[0]?.closest('.monaco-editor')?.querySelectorAll<HTMLElement>('.view-lines > .view-line') ?? []);
    return rows.filter(r => r.querySelector('.al-code-line')).map(r => {
      const line = lines.find(l => l.style.top === r.style.top);
      return (line?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    });
  });

  it('shows the selected task\'s Python line at a moment, and its translation lines', async () => {
    const stew = events.findIndex(e => e.k === 'name' && e.name === 'stew');
    const id = (events[stew] as any).id;
    const suspended = events.findIndex(e => e.k === 'stepEnd' && e.id === id); // stew awaits its sleep
    await page.focus('.al-timeline');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // the stew lane
    await page.evaluate((i: number) => (window as any).asyncioLabTaskView.setMoment(i), suspended);
    await page.waitForFunction(() => document.querySelector('.al-code-python .al-code-line'));
    assert.strictEqual(await page.$eval('.al-code', (e: HTMLElement) => e.hidden), false);
    assert.match(await page.$eval('.al-code-title', (e: Element) => e.textContent), /^stew 'cook' · kitchen\.py:5$/);
    const h = await page.evaluate(() => (window as any).asyncioLabTaskView.code.highlighted);
    assert.deepStrictEqual(h.python, [5]);
    assert.deepStrictEqual(h.translation, code.pyToTs[5]);
    assert.ok(h.translation.length > 0);
    assert.deepStrictEqual(await marked('.al-code-python'), ['await asyncio.sleep(minutes)']);
    const ts = await marked('.al-code-ts');
    assert.ok(ts.length > 0 && ts.some((l: string) => /sleep/.test(l)), ts.join('\n'));
  });

  it('links a clicked translation line back to its Python line', async () => {
    const target = code.pyToTs[6][0]; // print(f"{dish} ready")
    const text = code.translation.split('\n')[target - 1].trim();
    const lines = await page.$$('.al-code-ts .view-lines > .view-line');
    let clicked = false;
    for (const l of lines) {
      if ((await l.textContent()).replace(/\u00a0/g, ' ').trim() === text) { await l.click(); clicked = true; break; }
    }
    assert.ok(clicked, `translation line ${target} is on screen`);
    await page.waitForFunction(() => (window as any).asyncioLabTaskView.code.highlighted.python[0] === 6);
    assert.deepStrictEqual(await marked('.al-code-python'), ['print(f"{dish} ready")']);
  });

  it('loads monaco under the page CSP without errors, and saves a screenshot', async () => {
    assert.deepStrictEqual(problems, []);
    const out = path.join(ROOT, 'media/screenshots/taskview-code.png');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    assert.ok(fs.statSync(out).size > 5000);
  });
});
