// `sys`: what a program can observe of the interpreter, matching the oracle's CPython 3.11.7.
import { None, tuple, PyObject, nativeClass } from '../py/object';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, call } from '../py/call';
import { registerModule, loadedModule } from '../py/modules';
import { stdout, stderr } from '../py/io';
import { currentException } from '../py/raise';
import { onProgramStart } from '../lifecycle';
import { f } from './_num';
import { structSeq, mkTuple } from './_tuplecls';
import { namespace } from './_namespace';
import { newDict } from './_rt';
import { setStderrGetter } from './warnings';

export const VERSION = '3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]';
export const PREFIX = '/usr';

const versionInfoClass = structSeq({ name: 'version_info', module: 'sys', fields: ['major', 'minor', 'micro', 'releaselevel', 'serial'] });
export const versionInfo = mkTuple(versionInfoClass, [3, 11, 7, 'final', 0]);

const flagNames = ['debug', 'inspect', 'interactive', 'optimize', 'dont_write_bytecode', 'no_user_site', 'no_site',
  'ignore_environment', 'verbose', 'bytes_warning', 'quiet', 'hash_randomization', 'isolated', 'dev_mode', 'utf8_mode',
  'warn_default_encoding', 'safe_path', 'int_max_str_digits'];
const flagsClass = structSeq({ name: 'flags', module: 'sys', fields: flagNames });
const floatInfoClass = structSeq({ name: 'float_info', module: 'sys', fields: ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'] });
const intInfoClass = structSeq({ name: 'int_info', module: 'sys', fields: ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'] });
const hashInfoClass = structSeq({ name: 'hash_info', module: 'sys', fields: ['width', 'modulus', 'inf', 'nan', 'imag', 'algorithm', 'hash_bits', 'seed_bits', 'cutoff'] });

/** sys.stdin: always at end of file (the sandbox has no input). */
class Stdin extends PyObject {
  readline() { return ''; }
  read() { return ''; }
  readlines() { return []; }
  isatty() { return false; }
  fileno() { return 0; }
  __iter__() { return [][Symbol.iterator](); }
  __repr__() { return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>"; }
}
nativeClass({ name: 'TextIOWrapper', module: '_io', es: Stdin });

let argv: string[] = [''];
/** The host sets sys.argv ([script path, *args]) before running a program. */
export function setSysArgv(a: string[]) { argv = a.slice(); }

let recursionLimit = 1000;

onProgramStart(() => { recursionLimit = 1000; });

/** sys.stdout as the program currently sees it (it may have been rebound, e.g. redirect_stdout). */
export function currentStdout(): any { return loadedModule('sys')?.stdout ?? stdout; }
export function currentStderr(): any { return loadedModule('sys')?.stderr ?? stderr; }
setStderrGetter(currentStderr);

function excInfo() {
  const e = currentException();
  return e === undefined ? tuple([None, None, None]) : tuple([e.$cls, e, e]);
}

const KNOWN_MODULES = ['sys', 'builtins', '__main__', 'asyncio', 'random', 'time', 'functools', 'itertools', 'collections',
  'collections.abc', 'dataclasses', 'contextlib', 'contextvars', 'json', 'logging', 'inspect', 'enum', 'typing', 'math',
  'os', 'os.path', 'threading', 'traceback', 'warnings', 'copy', 'heapq', 'bisect', 'operator', 'string', 'statistics',
  'datetime', 'aiohttp', 'aiofiles', 'types', 'weakref', 'concurrent.futures'];

registerModule('sys', () => {
  const attrs: Record<string, any> = {
    argv: argv.slice(),
    orig_argv: ['python3', ...argv],
    executable: `${PREFIX}/bin/python3`,
    prefix: PREFIX, base_prefix: PREFIX, exec_prefix: PREFIX, base_exec_prefix: PREFIX,
    platlibdir: 'lib',
    path: [argv[0].includes('/') ? argv[0].slice(0, argv[0].lastIndexOf('/')) : '', `${PREFIX}/lib/python311.zip`, `${PREFIX}/lib/python3.11`, `${PREFIX}/lib/python3.11/lib-dynload`],
    version: VERSION,
    version_info: versionInfo,
    hexversion: 0x30b07f0,
    api_version: 1013,
    implementation: namespace({ name: 'cpython', cache_tag: 'cpython-311', version: versionInfo, hexversion: 0x30b07f0, _multiarch: 'x86_64-linux-gnu' }),
    platform: 'linux',
    byteorder: 'little',
    maxsize: 9223372036854775807n,
    maxunicode: 1114111,
    copyright: 'Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.',
    float_repr_style: 'short',
    dont_write_bytecode: true,
    flags: mkTuple(flagsClass, [0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, false, 0, 0, false, -1]),
    float_info: mkTuple(floatInfoClass, [f(1.7976931348623157e+308), 1024, 308, f(2.2250738585072014e-308), -1021, -307, 15, 53, f(2.220446049250313e-16), 2, 1]),
    int_info: mkTuple(intInfoClass, [30, 4, 4300, 640]),
    hash_info: mkTuple(hashInfoClass, [64, 2305843009213693951n, 314159, 0, 1000003, 'siphash13', 64, 128, 0]),
    builtin_module_names: tuple(['_abc', '_ast', '_codecs', '_collections', '_functools', '_imp', '_io', '_locale', '_operator', '_signal', '_sre', '_stat', '_string', '_symtable', '_thread', '_tokenize', '_tracemalloc', '_typing', '_warnings', '_weakref', 'atexit', 'builtins', 'errno', 'faulthandler', 'gc', 'itertools', 'marshal', 'posix', 'pwd', 'sys', 'time', 'xxsubtype']),
    warnoptions: [],
    stdin: new Stdin(), stdout, stderr,
    __stdin__: undefined, __stdout__: stdout, __stderr__: stderr,
    exit: pyfunc('exit', ['status=', '/'], (s: any) => { throw s === undefined ? pyErr(E.SystemExit) : pyErr(E.SystemExit, s); }, [undefined]),
    exc_info: pyfunc('exc_info', [], excInfo),
    exception: pyfunc('exception', [], () => currentException() ?? None),
    getrecursionlimit: pyfunc('getrecursionlimit', [], () => recursionLimit),
    setrecursionlimit: pyfunc('setrecursionlimit', ['limit', '/'], (n: any) => {
      if (typeof n !== 'number' && typeof n !== 'bigint') throw pyErr(E.TypeError, `'${n?.$cls?.$name ?? typeof n}' object cannot be interpreted as an integer`);
      if (n < 1) throw pyErr(E.ValueError, 'recursion limit must be greater or equal than 1');
      recursionLimit = Number(n); return None;
    }),
    getdefaultencoding: pyfunc('getdefaultencoding', [], () => 'utf-8'),
    getfilesystemencoding: pyfunc('getfilesystemencoding', [], () => 'utf-8'),
    getfilesystemencodeerrors: pyfunc('getfilesystemencodeerrors', [], () => 'surrogateescape'),
    getswitchinterval: pyfunc('getswitchinterval', [], () => f(0.005)),
    setswitchinterval: pyfunc('setswitchinterval', ['interval', '/'], () => None),
    intern: pyfunc('intern', ['string', '/'], (s: any) => s),
    is_finalizing: pyfunc('is_finalizing', [], () => false),
    gettrace: pyfunc('gettrace', [], () => None),
    settrace: pyfunc('settrace', ['function', '/'], () => None),
    getprofile: pyfunc('getprofile', [], () => None),
    setprofile: pyfunc('setprofile', ['function', '/'], () => None),
    audit: pyfunc('audit', ['event', '*args'], () => None),
    getrefcount: pyfunc('getrefcount', ['object', '/'], () => 2),
    getsizeof: pyfunc('getsizeof', ['object', 'default='], () => { throw pyErr(E.NotImplementedError, 'sys.getsizeof() is not supported in Asyncio Lab'); }, [None]),
    _getframe: pyfunc('_getframe', ['depth='], () => { throw pyErr(E.NotImplementedError, 'sys._getframe() is not supported in Asyncio Lab'); }, [0]),
    displayhook: pyfunc('displayhook', ['object', '/'], (o: any) => { if (o !== None) call(require('../py/builtins').print, o); return None; }),
    get modules() {
      const d = newDict();
      for (const name of KNOWN_MODULES) { const m = loadedModule(name); if (m) d.$set(name, m); }
      return d;
    },
  };
  delete attrs.__stdin__;
  attrs.__stdin__ = attrs.stdin;
  return attrs;
});
