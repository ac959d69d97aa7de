// Harness for the asyncio mirror's unit tests: hand-written JS generators stand in for translated
// coroutines, and each scenario's output is compared with what CPython prints for the equivalent
// Python program under the virtual-clock oracle (test/oracle/oracle.py).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import '../../src/runtime/wiring';
import '../../src/runtime/lib/index';
import '../../src/runtime/asyncioModule';
import { resetAsyncio } from '../../src/runtime/asyncioModule';
import { coroutine, unstarted } from '../../src/runtime/py/generators';
import { setSinks, writeOut } from '../../src/runtime/py/io';

// Until the kernel's io exposes getSinks() (executor.ts captures worker output through it),
// remember the sinks installed here.
let sinks: [(s: string) => void, (s: string) => void] = [s => process.stdout.write(s), s => process.stderr.write(s)];
const ioLive = require('../../src/runtime/py/io');
if (typeof ioLive.getSinks !== 'function') ioLive.getSinks = () => sinks;
function installSinks(o: (s: string) => void, e: (s: string) => void) { sinks = [o, e]; setSinks(o, e); }
import { importModule } from '../../src/runtime/py/modules';
import { str, repr } from '../../src/runtime/py/protocols';
import { toPyException, E } from '../../src/runtime/py/exceptions';
import { formatException } from '../../src/runtime/py/tbformat';
import { aw } from '../../src/runtime/coroutines';

export { aw };
export const A: any = importModule('asyncio');

/** A stand-in for a translated `async def name(...)` defined at `line` of prog.py. The body gets
 *  its coroutine object first (to set `c.$lineno`, the line it is suspended at). */
export function adef(name: string, body: (c: any, ...a: any[]) => Generator<any, any, any>, line = 1): any {
  const fn: any = (...args: any[]) => {
    let c: any;
    c = coroutine(fn, function* () { return yield* body(c, ...args); });
    return c;
  };
  fn.$py = 1; fn.$name = name; fn.$qualname = name; fn.$kind = 'coroutine';
  fn.$filename = 'prog.py'; fn.$firstlineno = line;
  return fn;
}
/** A stand-in for a translated plain `def`. */
export function pdef(name: string, body: (...a: any[]) => any, line = 1): any {
  const fn: any = (...args: any[]) => body(...args);
  fn.$py = 1; fn.$name = name; fn.$qualname = name; fn.$filename = 'prog.py'; fn.$firstlineno = line;
  return fn;
}

/** print(*args) */
export function p(...args: any[]) { writeOut(args.map(a => str(a)).join(' ') + '\n'); }
export { repr, str };

export interface Run { out: string; err: string; status: number }

/** Run `body` as a program: fresh interpreter state, output captured, uncaught errors reported. */
export function runJs(body: () => void): Run {
  let out = '', err = '';
  installSinks(s => { out += s; }, s => { err += s; });
  resetAsyncio('virtual');
  unstarted.clear();
  let status = 0;
  try { body(); } catch (x) {
    const e = toPyException(x);
    if (e.$cls === E.SystemExit) status = Number(e.code) || 0;
    else { err += formatException(e); status = 1; }
  } finally {
    installSinks(s => process.stdout.write(s), s => process.stderr.write(s));
  }
  return { out, err, status };
}

const DIR = path.join(os.tmpdir(), 'alab-asyncio-tests');
fs.mkdirSync(DIR, { recursive: true });
const ORACLE = path.join(__dirname, '../oracle/oracle.py');

export function runOracle(name: string, src: string): Run {
  const f = path.join(DIR, 'prog.py');
  fs.writeFileSync(f, src);
  const r = spawnSync('python3', [ORACLE, 'prog.py'], { encoding: 'utf8', cwd: DIR });
  return { out: r.stdout, err: r.stderr, status: r.status ?? -1 };
}

/** Assert the JS scenario prints what CPython prints for `py`. */
export function same(name: string, py: string, js: () => void, opts: { stderr?: boolean } = {}) {
  const want = runOracle(name, py);
  const got = runJs(js);
  assert.strictEqual(got.out, want.out, `stdout of ${name}\n--- stderr:\n${got.err}`);
  if (opts.stderr !== false) assert.strictEqual(got.err, want.err, `stderr of ${name}`);
  assert.strictEqual(got.status, want.status, `status of ${name}`);
}

/** `async with cm: body` */
export function* awith(cm: any, body: (v: any) => Generator<any, any, any>): Generator<any, any, any> {
  const { callMethod } = require('../../src/runtime/py/attrs');
  const { truthy } = require('../../src/runtime/py/protocols');
  const { None } = require('../../src/runtime/py/object');
  const v = yield* aw(callMethod(cm, '__aenter__'));
  let r: any;
  try {
    r = yield* body(v);
  } catch (e: any) {
    const suppress = yield* aw(callMethod(cm, '__aexit__', e.$cls, e, None));
    if (!truthy(suppress)) throw e;
    return undefined;
  }
  yield* aw(callMethod(cm, '__aexit__', None, None, None));
  return r;
}
