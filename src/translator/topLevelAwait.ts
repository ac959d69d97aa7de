// Does code await at the top level (outside any function or class)? Notebook cells that do run as a
// task on the session loop; the others run with no loop running, so asyncio.run() works in them.
import type * as A from './ast';
import { children } from './ast';

const SCOPES = new Set(['FunctionDef', 'AsyncFunctionDef', 'Lambda', 'ClassDef']);
const AWAITS = new Set(['Await', 'AsyncFor', 'AsyncWith']);

export function hasTopLevelAwait(module: A.Module): boolean {
  const stack: any[] = [...module.body];
  while (stack.length) {
    const n = stack.pop();
    if (!n || typeof n !== 'object') continue;
    if (AWAITS.has(n._type)) return true;
    if (n._type === 'comprehension' && n.is_async) return true;
    if (SCOPES.has(n._type)) {
      // Decorators, defaults and bases are evaluated in the enclosing scope.
      for (const k of ['decorator_list', 'bases', 'keywords']) if (Array.isArray(n[k])) stack.push(...n[k]);
      if (n.args) stack.push(...(n.args.defaults ?? []), ...(n.args.kw_defaults ?? []).filter(Boolean));
      continue;
    }
    stack.push(...children(n));
  }
  return false;
}
