// Spelling Python names in JS.
//
// - Python locals become JS variables. Names that JS reserves (or that emitted code relies on:
//   `G`, `ns`, `undefined`, `arguments`...) get a `_` suffix: `new` → `new_`. To keep the mapping
//   one-to-one, a name that already is such a word plus underscores gets one more: `new_` →
//   `new__`. Characters JS does not allow in identifiers become `$uXXXX` (Python names never
//   contain `$`, so emitted temporaries, all starting with `$`, cannot clash).
// - Globals and class-body names are properties of `G` / `ns`; attribute names `constructor`
//   and `__proto__` are stored as `py$constructor` / `py$__proto__` (ARCHITECTURE.md, `mangle()`).

const RESERVED = new Set([
  'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'import', 'in',
  'instanceof', 'new', 'null', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try',
  'typeof', 'var', 'void', 'while', 'with', 'yield', 'let', 'static', 'implements', 'interface',
  'package', 'private', 'protected', 'public', 'await', 'arguments', 'eval', 'undefined', 'NaN',
  'Infinity', 'G', 'ns',
]);

const JS_IDENT = /^[\p{ID_Start}_][\p{ID_Continue}\u200c\u200d]*$/u;

/** JS variable name for a Python local. */
export function jsVar(name: string): string {
  let out = name;
  if (!JS_IDENT.test(out)) {
    out = Array.from(out, (ch, i) =>
      (i === 0 ? /[\p{ID_Start}_]/u : /[\p{ID_Continue}]/u).test(ch) ? ch
        : `$u${ch.codePointAt(0)!.toString(16).padStart(4, '0')}`).join('');
  }
  const base = out.replace(/_+$/, '');
  return RESERVED.has(base) ? out + '_' : out;
}

/** Property name under which a Python attribute/global is stored (`mangle()` of the runtime). */
export function propName(name: string): string {
  return name === 'constructor' || name === '__proto__' ? `py$${name}` : name;
}

/** `obj.name`, or `obj["name"]` when the name is not a plain JS identifier. */
export function member(obj: string, name: string): string {
  const p = propName(name);
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(p) ? `${obj}.${p}` : `${obj}[${JSON.stringify(p)}]`;
}

/** An object-literal key for a Python name (keyword arguments, kwdefaults...). */
export function objKey(name: string): string {
  if (name === '__proto__') return '["__proto__"]';
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}
