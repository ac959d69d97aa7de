// An insertion-ordered map with Python key semantics for module internals (lru_cache...),
// backed by the kernel's PyDict (not visible to Python code).
import { PyDict } from '../py/dict';

export class HashMap {
  private d = new PyDict();

  get size(): number { return this.d.$size; }
  has(k: any): boolean { return this.d.$has(k); }
  get(k: any): any { return this.d.$get(k); }
  set(k: any, v: any): void { this.d.$set(k, v); }
  delete(k: any): boolean { return this.d.$del(k); }
  /** Move an existing key to the most recently inserted position. */
  touch(k: any): void {
    const i = this.d.$find(k);
    if (i < 0) return;
    const key = this.d.$k[i], v = this.d.$v[i];
    this.d.$removeAt(i, key);
    this.d.$set(key, v);
  }
  /** Remove and return the oldest entry. */
  shift(): [any, any] | undefined {
    const first = this.d.$entries().next();
    if (first.done) return undefined;
    this.d.$del(first.value[0]);
    return first.value;
  }
  clear(): void { this.d.$clear(); }
  entries(): IterableIterator<[any, any]> { return this.d.$entries(); }
  *keys(): IterableIterator<any> { for (const [k] of this.d.$entries()) yield k; }
}
