// The notebook output renderer (dist/renderer.js, ESM) renders a compact timeline of a trace.
import * as assert from 'assert';
import { recordTrace } from './record';
import { ensureBuilt, launch, serve } from './browserHarness';

describe('notebook output renderer in headless Chromium', function () {
  this.timeout(120_000);
  let browser: any, srv: { url: string; close(): void };
  before(async () => { ensureBuilt(); browser = await launch(); srv = await serve(); });
  after(async () => { await browser?.close(); srv?.close(); });

  it('renders lanes and a why for application/vnd.asyncio-lab.trace+json', async () => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 400 } });
    const errors: string[] = [];
    page.on('pageerror', (e: Error) => errors.push(e.message));
    await page.goto(srv.url + 'renderer');
    await page.waitForFunction(() => (window as any).rendererReady === true);
    const { events } = recordTrace('kitchen.py');
    await page.evaluate((trace: unknown) => (window as any).renderTrace(trace), { version: 1, events });
    await page.waitForSelector('#out .al-row');
    const labels = await page.$$eval('#out .al-row .al-label', (els: Element[]) => els.map(e => e.textContent));
    assert.deepStrictEqual(labels, ["Task-1 'main'", "Task-2 'cook'", "Task-3 'cook'"]);
    assert.ok(await page.$('#out .al-app.al-compact'));
    const why = await page.$$eval('#out .al-why li', (els: Element[]) => els.map(e => e.textContent).join('\n'));
    assert.match(why, /Task-1 'main' is ready, just created: it is number 1 in the ready queue/);
    assert.deepStrictEqual(errors, []);
  });
});
