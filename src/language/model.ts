// What the language features know about a Python file, without running it: parent links, the
// scope of each node, imports and aliases (`import asyncio as aio`, `from asyncio import gather`)
// and, per scope, the bindings of each name with a simple flow rule: the binding a use sees is
// the last one above it in the same scope, or (from an inner function) the last one in the
// enclosing scope. The kind of value a binding holds is computed by kinds.ts on demand.
import type * as A from '../translator/ast';
import { walk } from '../translator/ast';

export type ValueKind =
  | 'import' | 'coroutine function' | 'function' | 'class' | 'coroutine' | 'task' | 'future'
  | 'gather' | 'loop' | 'queue' | 'lock' | 'event' | 'semaphore' | 'condition' | 'taskgroup' | 'other';

export type ScopeNode = A.Module | A.FunctionDef | A.AsyncFunctionDef | A.Lambda | A.ClassDef;

export interface Binding {
  name: string;
  line: number;
  col: number;
  /** The scope the name is bound in. */
  scope: ScopeNode;
  /** Known kind (defs, imports), or null: computed from `value` by kinds.ts. */
  kind: ValueKind | null;
  /** For imports: the qualified name (`asyncio`, `asyncio.gather`). */
  qualified?: string;
  /** The assigned expression, when the binding is a simple assignment. */
  value?: A.Expr;
  /** `with X as name`: the context expression. */
  withExpr?: A.Expr;
  /** The defining node (def, class) when there is one. */
  def?: A.Node;
}

export interface ModelOptions {
  /** A notebook cell: top-level `await` is allowed and a loop is already running. */
  cell?: boolean;
}

const SCOPE_TYPES = new Set(['Module', 'FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef']);
const FUNC_TYPES = new Set(['Module', 'FunctionDef', 'AsyncFunctionDef', 'Lambda']);

export class Model {
  private readonly parents = new Map<A.Node, A.Node | null>();
  private readonly bindings = new Map<A.Node, Map<string, Binding[]>>();
  /** Names read (ctx Load) per function scope, for "stored but never used". */
  readonly loads = new Map<A.Node, Set<string>>();
  readonly kindCache = new Map<Binding, ValueKind>();

  constructor(readonly module: A.Module, readonly opts: ModelOptions = {}) {
    walk(module, (n, p) => {
      this.parents.set(n, p);
    });
    walk(module, (n) => this.collect(n));
  }

  parent(n: A.Node): A.Node | null {
    return this.parents.get(n) ?? null;
  }

  /** Nearest enclosing def/lambda/class/module of `n` (never `n` itself). */
  scopeOf(n: A.Node): ScopeNode {
    let p = this.parent(n);
    while (p && !SCOPE_TYPES.has(p._type)) p = this.parent(p);
    return (p ?? this.module) as ScopeNode;
  }

  /** Nearest enclosing function (def, async def, lambda) or the module; classes are skipped. */
  funcOf(n: A.Node): ScopeNode {
    let p = this.parent(n);
    while (p && !FUNC_TYPES.has(p._type)) p = this.parent(p);
    return (p ?? this.module) as ScopeNode;
  }

  /** True where `await` is allowed: in an `async def`, or at the top level of a notebook cell. */
  inAsync(n: A.Node): boolean {
    const f = this.funcOf(n);
    return f._type === 'AsyncFunctionDef' || (f._type === 'Module' && !!this.opts.cell);
  }

  /** True when `n` lies (directly, not in a nested def) in an `async def` body. */
  inAsyncDef(n: A.Node): boolean {
    return this.funcOf(n)._type === 'AsyncFunctionDef';
  }

  /** The binding a use of `name` at `at` sees, following Python's scope rules. */
  lookup(name: string, at: A.Node): Binding | null {
    const loc = at as Partial<A.Located>;
    const line = loc.lineno ?? 0;
    const col = loc.col_offset ?? 0;
    let scope: A.Node | null = this.scopeOf(at);
    let first = true;
    while (scope) {
      const skip = scope._type === 'ClassDef' && !first;
      const list = skip ? undefined : this.bindings.get(scope)?.get(name);
      if (list && list.length) {
        if (!first) return list[list.length - 1];
        // an assignment takes effect after its value: in `x = f(x)` the second x is the old one
        const before = list.filter((b) => {
          const e = b.value ?? b.withExpr;
          const [l, c] = e ? [e.end_lineno, e.end_col_offset] : [b.line, b.col];
          return l < line || (l === line && c <= col);
        });
        return before.length ? before[before.length - 1] : list[0];
      }
      first = false;
      scope = scope._type === 'Module' ? null : this.scopeOf(scope);
    }
    return null;
  }

  /** Bindings made directly in a scope (used for class methods). */
  bindingsIn(scope: A.Node, name: string): Binding[] {
    return this.bindings.get(scope)?.get(name) ?? [];
  }

  /** Qualified name of an expression made of names and attributes (`aio.sleep` → `asyncio.sleep`). */
  qualified(e: A.Expr): string | null {
    if (e._type === 'Name') {
      const b = this.lookup(e.id, e);
      if (b) return b.kind === 'import' ? b.qualified ?? null : null;
      return BUILTINS.has(e.id) ? `builtins.${e.id}` : null;
    }
    if (e._type === 'Attribute') {
      const q = this.qualified(e.value);
      return q ? `${q}.${e.attr}` : null;
    }
    return null;
  }

  /** The name the source uses for module `asyncio` (`aio` after `import asyncio as aio`), or null. */
  asyncioName(at: A.Node): string | null {
    for (const cand of ['asyncio', ...this.importAliases('asyncio')]) {
      const b = this.lookup(cand, at);
      if (b && b.kind === 'import' && b.qualified === 'asyncio') return cand;
    }
    return null;
  }

  private importAliases(qualified: string): string[] {
    const out: string[] = [];
    for (const m of this.bindings.values()) {
      for (const list of m.values()) for (const b of list) if (b.kind === 'import' && b.qualified === qualified) out.push(b.name);
    }
    return out;
  }

  private add(scope: A.Node, b: Omit<Binding, 'scope'>): void {
    let m = this.bindings.get(scope);
    if (!m) this.bindings.set(scope, (m = new Map()));
    const list = m.get(b.name) ?? [];
    list.push({ ...b, scope: scope as ScopeNode });
    m.set(b.name, list);
  }

  private collect(n: A.Node): void {
    switch (n._type) {
      case 'Import':
        for (const a of n.names) {
          const name = a.asname ?? a.name.split('.')[0];
          this.add(this.scopeOf(n), { name, line: n.lineno, col: n.col_offset, kind: 'import', qualified: a.asname ? a.name : name });
        }
        return;
      case 'ImportFrom':
        for (const a of n.names) {
          if (a.name === '*') continue;
          const q = n.level === 0 && n.module ? `${n.module}.${a.name}` : `.${a.name}`;
          this.add(this.scopeOf(n), { name: a.asname ?? a.name, line: n.lineno, col: n.col_offset, kind: 'import', qualified: q });
        }
        return;
      case 'FunctionDef': case 'AsyncFunctionDef': case 'ClassDef': {
        const kind = n._type === 'AsyncFunctionDef' ? 'coroutine function' : n._type === 'ClassDef' ? 'class' : 'function';
        this.add(this.scopeOf(n), { name: n.name, line: n.lineno, col: n.col_offset, kind, def: n });
        if (n._type !== 'ClassDef') this.addParams(n, n.args);
        return;
      }
      case 'Lambda':
        this.addParams(n, n.args);
        return;
      case 'Assign':
        for (const t of n.targets) this.target(t, n.targets.length === 1 && t._type === 'Name' ? n.value : undefined);
        return;
      case 'AnnAssign':
        if (n.value) this.target(n.target, n.value);
        return;
      case 'AugAssign':
        this.target(n.target, undefined);
        return;
      case 'NamedExpr':
        this.target(n.target, n.value);
        return;
      case 'For': case 'AsyncFor':
        this.target(n.target, undefined);
        return;
      case 'With': case 'AsyncWith':
        for (const it of n.items) {
          if (it.optional_vars?._type === 'Name') {
            const v = it.optional_vars;
            this.add(this.scopeOf(n), { name: v.id, line: v.lineno, col: v.col_offset, kind: null, withExpr: it.context_expr });
          } else if (it.optional_vars) this.target(it.optional_vars, undefined);
        }
        return;
      case 'ExceptHandler':
        if (n.name) this.add(this.scopeOf(n), { name: n.name, line: n.lineno, col: n.col_offset, kind: 'other' });
        return;
      case 'Name':
        if (n.ctx === 'Load') {
          const f = this.funcOf(n);
          let s = this.loads.get(f);
          if (!s) this.loads.set(f, (s = new Set()));
          s.add(n.id);
        }
        return;
      default:
        return;
    }
  }

  private addParams(fn: A.Node, args: A.Arguments): void {
    const all = [...args.posonlyargs, ...args.args, ...args.kwonlyargs];
    if (args.vararg) all.push(args.vararg);
    if (args.kwarg) all.push(args.kwarg);
    for (const a of all) this.add(fn, { name: a.arg, line: a.lineno, col: a.col_offset, kind: 'other' });
  }

  private target(t: A.Expr, value: A.Expr | undefined): void {
    if (t._type === 'Name') {
      this.add(this.scopeOf(t), { name: t.id, line: t.lineno, col: t.col_offset, kind: value ? null : 'other', value });
    } else if (t._type === 'Tuple' || t._type === 'List') {
      for (const e of t.elts) this.target(e, undefined);
    } else if (t._type === 'Starred') {
      this.target(t.value, undefined);
    }
  }
}

const BUILTINS = new Set(['print', 'input', 'open', 'len', 'str', 'repr', 'bool', 'int', 'float', 'list', 'tuple', 'set', 'dict']);
