// Load a CommonJS bundle (dist/core.js) through a V8 code cache, so that a cold start does not
// parse ~1 MB of JavaScript again: the first run writes the cache, later runs deserialize it.
// The cache lives in the user's cache directory (never a shared /tmp), one file per bundle
// size + mtime + Node version; a rejected or unreadable cache only costs the plain compile.
// ASYNCIO_LAB_CODE_CACHE=0 switches it off.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vm from 'vm';
import { createRequire } from 'module';

function cacheDir(): string | undefined {
  const base = process.env.XDG_CACHE_HOME || (os.homedir() ? path.join(os.homedir(), '.cache') : '');
  return base ? path.join(base, 'asyncio-lab', 'v8') : undefined;
}

function cacheFile(file: string, st: fs.Stats): string | undefined {
  const dir = cacheDir();
  if (!dir) return undefined;
  const tag = `${path.basename(file)}-${st.size}-${Math.floor(st.mtimeMs)}-${process.version}-${process.arch}`;
  return path.join(dir, tag.replace(/[^\w.-]/g, '_') + '.bin');
}

function readCache(f: string | undefined): Buffer | undefined {
  if (!f) return undefined;
  try { return fs.readFileSync(f); } catch { return undefined; }
}

function writeCache(f: string, data: Buffer): void {
  try {
    fs.mkdirSync(path.dirname(f), { recursive: true, mode: 0o700 });
    const tmp = `${f}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    fs.writeFileSync(tmp, data, { mode: 0o600 });
    fs.renameSync(tmp, f);
    prune(path.dirname(f));
  } catch { /* a read-only home only costs the next start a compile */ }
}

/** Keep the newest few caches (several builds may alternate: dist/, a bench build, an install). */
function prune(dir: string, keep = 8): void {
  const now = Date.now();
  for (const n of fs.readdirSync(dir)) {
    // A write cut short (the process was killed) leaves its temporary file behind.
    if (n.endsWith('.tmp') && now - fs.statSync(path.join(dir, n)).mtimeMs > 60_000) fs.rmSync(path.join(dir, n), { force: true });
  }
  const files = fs.readdirSync(dir).filter(n => n.endsWith('.bin'))
    .map(n => ({ n, t: fs.statSync(path.join(dir, n)).mtimeMs })).sort((a, b) => b.t - a.t);
  for (const { n } of files.slice(keep)) fs.rmSync(path.join(dir, n), { force: true });
}

/**
 * `require(file)` for a self-contained CJS bundle, compiled with a V8 code cache. When this start
 * had no usable cache, `warmUp(exports)` runs first (it must be free of side effects) so that the
 * cache written then also holds the functions it compiled: a cold `print('hi')` then runs in
 * ~20 ms instead of ~50 ms with a cache of the top-level code alone.
 */
const loaded = new Map<string, any>();

export function loadBundle(file: string, warmUp?: (exports: any) => void): any {
  let m = loaded.get(file);
  if (m === undefined) loaded.set(file, m = load(file, warmUp));
  return m;
}

function load(file: string, warmUp?: (exports: any) => void): any {
  if (process.env.ASYNCIO_LAB_CODE_CACHE === '0') return createRequire(file)(file);
  const source = fs.readFileSync(file, 'utf8');
  const cf = cacheFile(file, fs.statSync(file));
  const cachedData = readCache(cf);
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  const mod = { exports: {} as any };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, path.dirname(file));
  if (cf && (cachedData === undefined || script.cachedDataRejected === true)) {
    try { warmUp?.(mod.exports); } catch { /* only a less complete cache */ }
    writeCache(cf, script.createCachedData());
  }
  return mod.exports;
}
