// Small stdlib modules: `string`, `abc`, `types`.
import { PyObject, PyClass, nativeClass, None, typeOf, functionClass, methodClass, moduleClass, builtinFunctionClass, noneTypeClass, typeClass } from '../py/object';
import { PySet } from '../py/set';
import { propertyClass } from '../py/descriptors';
import { E, pyErr } from '../py/exceptions';
import { pyfunc, Kw } from '../py/call';
import { getattrDefault, setattr, callMethod } from '../py/attrs';
import { str, truthy } from '../py/protocols';
import { registerModule } from '../py/modules';
import { coroutineClass, generatorClass, asyncGeneratorClass } from '../py/generators';
import { PyProperty, StaticMethod, ClassMethod } from '../py/descriptors';
import { simpleNamespaceClass } from './_namespace';
import { mappingProxy } from './_dcfield';
import { dictEntries } from './_rt';
import { unionTypeClass } from './_uniontype';
import { PyGenericAlias } from '../py/listSeq';

// ------------------------------------------------------------------ string

class Template extends PyObject {
  template = '';
  $sub(mapping: Map<string, any>, safe: boolean): string {
    const re = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|())/gi;
    return this.template.replace(re, (m, esc, named, braced, invalid, offset: number) => {
      if (esc !== undefined) return '$';
      const name = named ?? braced;
      if (name !== undefined) {
        if (mapping.has(name)) return str(mapping.get(name));
        if (safe) return m;
        throw pyErr(E.KeyError, name);
      }
      if (invalid !== undefined) {
        if (safe) return m;
        const before = this.template.slice(0, offset).split('\n');
        throw pyErr(E.ValueError, `Invalid placeholder in string: line ${before.length}, col ${before[before.length - 1].length + 1}`);
      }
      return m;
    });
  }
}
function templateArgs(pos: any[], kw: Kw | undefined): Map<string, any> {
  const m = new Map<string, any>();
  if (pos.length) for (const [k, v] of dictEntries(pos[0])) m.set(str(k), v);
  if (kw) for (const [k, v] of kw) m.set(k, v);
  return m;
}
const subMethod = (safe: boolean) => Object.assign(function (this: Template, ...a: any[]) { return this.$sub(templateArgs(a, undefined), safe); }, {
  $callKw(this: Template, pos: any[], kw: Kw) { return this.$sub(templateArgs(pos, kw), safe); },
});
const templateClass = nativeClass({ name: 'Template', module: 'string', es: Template, new: (C, args) => {
  const t: Template = Reflect.construct(Template, [], C); t.template = args[0]; return t;
}, dict: {
  substitute: subMethod(false), safe_substitute: subMethod(true), delimiter: '$', idpattern: '(?a:[_a-z][_a-z0-9]*)',
  get_identifiers(this: Template) { return [...this.template.matchAll(/\$(?:([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\})/gi)].map(m => m[1] ?? m[2]).filter((v, i, a) => a.indexOf(v) === i); },
  is_valid(this: Template) { return !/\$(?![$_a-z{])/i.test(this.template); },
} });

registerModule('string', () => ({
  ascii_lowercase: 'abcdefghijklmnopqrstuvwxyz', ascii_uppercase: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  ascii_letters: 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ', digits: '0123456789',
  hexdigits: '0123456789abcdefABCDEF', octdigits: '01234567', punctuation: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
  whitespace: ' \t\n\r\x0b\x0c',
  printable: '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\x0b\x0c',
  capwords: pyfunc('capwords', ['s', 'sep='], (s: any, sep: any) => {
    // (sep or ' ').join(map(str.capitalize, s.split(sep)))
    const parts: any[] = callMethod(s, 'split', sep);
    return parts.map(w => callMethod(w, 'capitalize')).join(truthy(sep) ? sep : ' ');
  }, [None]),
  Template: templateClass,
}));

// ------------------------------------------------------------------ abc

function isAbstract(v: any): boolean {
  if (v === undefined || v === null) return false;
  if (v instanceof PyProperty) return [v.fget, v.fset, v.fdel].some(f => f !== None && isAbstract(f));
  if (v instanceof StaticMethod || v instanceof ClassMethod) return isAbstract(v.__func__);
  if (typeof v === 'function' || v instanceof PyObject) return getattrDefault(v, '__isabstractmethod__', false) === true;
  return false;
}
function abstractMethods(C: PyClass): string[] {
  const names = new Set<string>();
  for (const k of C.$mro) for (const n of Object.keys(k.prototype)) names.add(n);
  return [...names].filter(n => {
    const d = C.$mro.map(k => Object.getOwnPropertyDescriptor(k.prototype, n)).find(x => x !== undefined)!;
    return isAbstract(d.get ? (d.get as any).$property : d.value);
  }).sort();
}
const abcClass: PyClass = nativeClass({ name: 'ABC', module: 'abc', dict: { __slots__: [] } });
const abcMeta: PyClass = nativeClass({ name: 'ABCMeta', module: 'abc', bases: [typeClass] });
(abcClass as any).$metaclass = abcMeta;
(abcClass as any).$onSubclass = (C: any) => {
  C.$metaclass = abcMeta;
  const abs = abstractMethods(C);
  C.$abstractmethods = new Set(abs);
  Object.defineProperty(C.prototype, '__abstractmethods__', { value: new PySet(), writable: true, configurable: true });
  if (abs.length) {
    C.$new = () => { throw pyErr(E.TypeError, `Can't instantiate abstract class ${C.$name} with abstract method${abs.length > 1 ? 's' : ''} ${abs.join(', ')}`); };
  }
};
// metaclass=ABCMeta without the ABC base (classes.ts runs a metaclass's $onClass hook).
(abcMeta as any).$onClass = (abcClass as any).$onSubclass;
registerModule('abc', () => ({
  ABC: abcClass, ABCMeta: abcMeta,
  abstractmethod: pyfunc('abstractmethod', ['funcobj'], (f: any) => {
    if (f instanceof StaticMethod || f instanceof ClassMethod) setattr(f.__func__, '__isabstractmethod__', true);
    else if (f instanceof PyObject) Object.defineProperty(f, '__isabstractmethod__', { value: true, writable: true, configurable: true });
    else setattr(f, '__isabstractmethod__', true);
    return f;
  }),
  abstractproperty: nativeClass({ name: 'abstractproperty', module: 'abc', bases: [propertyClass], es: PyProperty }),
  get_cache_token: pyfunc('get_cache_token', [], () => 0),
}));

// ------------------------------------------------------------------ types

registerModule('types', () => ({
  SimpleNamespace: simpleNamespaceClass,
  FunctionType: functionClass, LambdaType: functionClass, MethodType: methodClass,
  BuiltinFunctionType: builtinFunctionClass, BuiltinMethodType: builtinFunctionClass, ModuleType: moduleClass,
  CoroutineType: coroutineClass, GeneratorType: generatorClass, AsyncGeneratorType: asyncGeneratorClass,
  NoneType: noneTypeClass, UnionType: unionTypeClass, GenericAlias: typeOf(new PyGenericAlias(None, [])), MappingProxyType: pyfunc('mappingproxy', ['mapping'], (m: any) => mappingProxy(m)),
  coroutine: pyfunc('coroutine', ['func'], (f: any) => f),
  new_class: pyfunc('new_class', ['name', 'bases=', 'kwds=', 'exec_body='], () => { throw pyErr(E.NotImplementedError, 'types.new_class is not supported'); }, [[], None, None]),
}));

