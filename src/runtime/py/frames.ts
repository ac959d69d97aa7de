// globals() / locals() / vars() without arguments, as the translator emits them:
//   globals() (and locals()/vars() at module level) → $.globals(G)
//   locals()/vars() in a function                   → $.frameLocals([["a", a], ...])
import { PyDict, dict } from './dict';

function pyName(prop: string): string | undefined {
  if (prop.startsWith('py$')) return prop.slice(3);
  if (prop.startsWith('$')) return undefined;
  return prop;
}
function jsName(key: any): string | undefined {
  if (typeof key !== 'string') return undefined;
  return key === 'constructor' || key === '__proto__' ? 'py$' + key : key;
}

/** The module namespace as a dict: writes and deletions go through to the module's globals;
 *  each globals() call brings the entries up to date with the namespace. */
class NamespaceDict extends PyDict {
  $ns: any;
  $syncing = false;
  $set(key: any, value: any): void {
    super.$set(key, value);
    const p = jsName(key);
    if (p !== undefined && !this.$syncing) this.$ns[p] = value;
  }
  $removeAt(i: number, key: any): void {
    super.$removeAt(i, key);
    const p = jsName(key);
    if (p !== undefined && !this.$syncing) delete this.$ns[p];
  }
  $clear(): void {
    if (!this.$syncing) for (const k of this.$keyList()) { const p = jsName(k); if (p !== undefined) delete this.$ns[p]; }
    super.$clear();
  }
  $compact(): void {
    const was = this.$syncing;
    this.$syncing = true;
    try { super.$compact(); } finally { this.$syncing = was; }
  }
  /** Re-read the namespace's own properties, in their order. */
  $sync(): void {
    this.$syncing = true;
    try {
      super.$clear();
      for (const prop of Object.keys(this.$ns)) {
        const name = pyName(prop);
        const v = this.$ns[prop];
        if (name !== undefined && v !== undefined) super.$set(name, v);
      }
    } finally { this.$syncing = false; }
  }
}

const byNamespace = new WeakMap<object, NamespaceDict>();

/** `globals()`: the module namespace `G` as a dict (the same object on every call). */
export function globals(G: any): PyDict {
  let d = byNamespace.get(G);
  if (d === undefined) {
    d = new NamespaceDict();
    d.$ns = G;
    byNamespace.set(G, d);
  }
  d.$sync();
  return d;
}

/** `locals()` in a function: the bound locals, in the given order. */
export function frameLocals(pairs: [string, any][]): PyDict {
  return dict(pairs.filter(([, v]) => v !== undefined));
}
