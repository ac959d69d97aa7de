// Simulated `aiofiles` over the in-memory filesystem (memfs.ts). Real aiofiles runs each file
// operation in a thread pool; here every operation (open, read, write, readline, close, each step
// of `async for`...) first yields once to the event loop, as `await asyncio.sleep(0)`, then runs.
import { PyObject, nativeClass, None } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc } from '../py/call';
import { callMethod } from '../py/attrs';
import { str } from '../py/protocols';
import { registerModule, importModule } from '../py/modules';
import { await_ } from '../py/generators';
import { sleep } from '../tasksApi';
import { rtCoroutine, aw } from './_async';
import { openFile, PyFile, fs } from './memfs';

/** `await` one loop turn, then run f (the result of the awaited operation). */
function op<T>(name: string, f: () => T): any {
  return rtCoroutine(name, function* () { yield* aw(sleep(0)); return f(); });
}

class AsyncFile extends PyObject {
  $f!: PyFile;
  get name() { return this.$f.name; }
  get mode() { return this.$f.mode; }
  get closed() { return this.$f.closed; }
}
const m = (name: string, ...a: any[]) => function (this: AsyncFile) { const f = this.$f; return op(`AsyncTextIOWrapper.${name}`, () => callMethod(f, name, ...a)); };
const m1 = (name: string) => function (this: AsyncFile, x?: any) { const f = this.$f; return op(`AsyncTextIOWrapper.${name}`, () => (x === undefined ? callMethod(f, name) : callMethod(f, name, x))); };
nativeClass({ name: 'AsyncTextIOWrapper', module: 'aiofiles.threadpool.text', es: AsyncFile, dict: {
  read: m1('read'), readline: m1('readline'), readlines: m('readlines'), write: m1('write'), writelines: m1('writelines'),
  flush: m('flush'), close: m('close'), seek: m1('seek'), tell: m('tell'), truncate: m1('truncate'),
  readable: m('readable'), writable: m('writable'),
  __aenter__(this: AsyncFile) { const self = this; return rtCoroutine('AsyncTextIOWrapper.__aenter__', function* () { return self; }); },
  __aexit__(this: AsyncFile) { const f = this.$f; return op('AsyncTextIOWrapper.__aexit__', () => { callMethod(f, 'close'); return None; }); },
  __aiter__(this: AsyncFile) { return this; },
  __anext__(this: AsyncFile) {
    const f = this.$f;
    return op('AsyncTextIOWrapper.__anext__', () => {
      const line = callMethod(f, 'readline');
      if (line === '' || (line?.$b && line.$b.length === 0)) throw pyErr(E.StopAsyncIteration);
      return line;
    });
  },
  __repr__(this: AsyncFile) { return `<aiofiles.threadpool.text.AsyncTextIOWrapper object at 0x7f3a1c0b0000 wrapping ${callMethod(this.$f, '__repr__')}>`; },
} });

/** aiofiles.open(...): awaitable and usable with `async with`. */
class OpenCM extends PyObject {
  $coro: any; $file: AsyncFile | undefined;
  __await__() { return await_(this.$coro); }
  __aenter__() { const self = this; return rtCoroutine('AiofilesContextManager.__aenter__', function* () { self.$file = yield* aw(self.$coro); return self.$file; }); }
  __aexit__() { const self = this; return op('AiofilesContextManager.__aexit__', () => { if (self.$file) callMethod(self.$file.$f, 'close'); return None; }); }
}
nativeClass({ name: 'AiofilesContextManager', module: 'aiofiles.base', es: OpenCM });

function aopen(file: any, mode: any, encoding: any): OpenCM {
  const cm = new OpenCM();
  cm.$coro = op('_open', () => { const a = new AsyncFile(); a.$f = openFile(file, mode, encoding); return a; });
  return cm;
}

const osOp = (name: string, spec: string[], f: (...a: any[]) => any) => pyfunc(name, spec, (...a: any[]) => op(name, () => f(...a)));
function osModule() {
  return {
    remove: osOp('remove', ['path'], (p: any) => { fs.remove(str(p)); return None; }),
    unlink: osOp('unlink', ['path'], (p: any) => { fs.remove(str(p)); return None; }),
    rename: osOp('rename', ['src', 'dst'], (a: any, b: any) => { fs.rename(str(a), str(b)); return None; }),
    mkdir: osOp('mkdir', ['path', 'mode='], (p: any) => { fs.mkdir(str(p)); return None; }),
    makedirs: osOp('makedirs', ['name', 'mode=', 'exist_ok='], (p: any, _m: any = 0o777, ok: any = false) => { fs.mkdir(str(p), !!ok, true); return None; }),
    listdir: osOp('listdir', ['path='], (p: any = '.') => fs.list(str(p)).sort()),
    path: importModule('aiofiles.ospath'),
  };
}

registerModule('aiofiles', () => ({
  open: Object.assign(pyfunc('open', ['file', 'mode=', 'buffering=', 'encoding=', 'errors=', 'newline=', 'closefd=', 'opener=', 'loop=', 'executor='],
    (file: any, mode: any, _b: any, encoding: any) => aopen(file, mode, encoding), ['r', -1, None, None, None, true, None, None, None]), {}),
  os: importModule('aiofiles.os'),
  __version__: '23.2.1',
}));
registerModule('aiofiles.os', osModule);
registerModule('aiofiles.ospath', () => ({
  exists: osOp('exists', ['path'], (p: any) => fs.exists(str(p))),
  isfile: osOp('isfile', ['path'], (p: any) => fs.isFile(str(p))),
  isdir: osOp('isdir', ['path'], (p: any) => fs.isDir(str(p))),
  getsize: osOp('getsize', ['path'], (p: any) => fs.size(str(p))),
}));

