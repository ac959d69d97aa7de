// loadBundle(): a CJS bundle loaded through a V8 code cache kept in the user's cache directory.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { loadBundle } from '../../src/bundle/codeCache';

describe('bundle code cache', () => {
  let dir: string;
  const saved = { xdg: process.env.XDG_CACHE_HOME, off: process.env.ASYNCIO_LAB_CODE_CACHE };
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-codecache-'));
    process.env.XDG_CACHE_HOME = path.join(dir, 'cache');
    delete process.env.ASYNCIO_LAB_CODE_CACHE;
  });
  afterEach(() => {
    if (saved.xdg === undefined) delete process.env.XDG_CACHE_HOME; else process.env.XDG_CACHE_HOME = saved.xdg;
    if (saved.off === undefined) delete process.env.ASYNCIO_LAB_CODE_CACHE; else process.env.ASYNCIO_LAB_CODE_CACHE = saved.off;
    fs.rmSync(dir, { recursive: true, force: true });
  });
  function bundle(name: string, body: string): string {
    const f = path.join(dir, name);
    fs.writeFileSync(f, body);
    return f;
  }
  const caches = () => {
    const d = path.join(dir, 'cache', 'asyncio-lab', 'v8');
    return fs.existsSync(d) ? fs.readdirSync(d) : [];
  };

  it('runs the bundle as a CommonJS module with its own require and __dirname', () => {
    const f = bundle('a.js', "exports.dir = __dirname; exports.sep = require('path').sep; module.exports.twice = x => 2 * x;");
    const m = loadBundle(f);
    assert.deepStrictEqual([m.dir, m.sep, m.twice(21)], [dir, path.sep, 42]);
  });

  it('writes a cache after warming up when there is none, and loads each file once', () => {
    const f = bundle('b.js', 'exports.calls = 0; exports.f = function () { return ++exports.calls; };');
    let warmed = 0;
    const m = loadBundle(f, e => { warmed++; e.f(); });
    assert.strictEqual(warmed, 1);
    assert.strictEqual(m.calls, 1, 'the warm-up ran against the loaded exports');
    assert.strictEqual(loadBundle(f), m, 'a second load returns the same module');
    const files = caches();
    assert.strictEqual(files.length, 1);
    assert.match(files[0], /^b\.js-\d+-\d+-v\d+[\w.]*-\w+\.bin$/);
    assert.ok(fs.statSync(path.join(dir, 'cache', 'asyncio-lab', 'v8', files[0])).size > 0);
  });

  it('replaces a cache that V8 rejects', () => {
    const body = 'exports.v = [1, 2, 3].map(x => x * x);';
    const first = bundle('d.js', body);
    fs.utimesSync(first, 1.7e9, 1.7e9);
    loadBundle(first);
    const [name] = caches();
    const cacheFile = path.join(dir, 'cache', 'asyncio-lab', 'v8', name);
    fs.writeFileSync(cacheFile, 'not a V8 code cache');
    // The same name, size and mtime elsewhere: the same cache file, now unusable.
    fs.mkdirSync(path.join(dir, 'copy'));
    const second = path.join(dir, 'copy', 'd.js');
    fs.writeFileSync(second, body);
    fs.utimesSync(second, 1.7e9, 1.7e9);
    assert.deepStrictEqual(loadBundle(second).v, [1, 4, 9]);
    assert.deepStrictEqual(caches(), [name], 'the same cache file');
    assert.notStrictEqual(fs.readFileSync(cacheFile, 'utf8'), 'not a V8 code cache');
  });

  it('ASYNCIO_LAB_CODE_CACHE=0 loads with plain require and writes nothing', () => {
    process.env.ASYNCIO_LAB_CODE_CACHE = '0';
    const f = bundle('c.js', 'exports.v = 7;');
    let warmed = 0;
    assert.strictEqual(loadBundle(f, () => { warmed++; }).v, 7);
    assert.strictEqual(warmed, 0);
    assert.deepStrictEqual(caches(), []);
  });
});
