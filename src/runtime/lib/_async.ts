// Coroutines written in TypeScript: runtime code that stands for an `async def` of the stdlib.
import { coroutine, await_ } from '../py/generators';

/** A coroutine object named like the Python method it stands for (e.g. 'nullcontext.__aenter__'). */
export function rtCoroutine(qualname: string, body: () => Generator<any, any, any>): any {
  const fn: any = () => undefined;
  fn.$name = qualname.split('.').pop(); fn.$qualname = qualname;
  return coroutine(fn, body);
}

/** `await x` inside an rtCoroutine body: `yield* aw(x)`. */
export function aw(x: any): Iterable<any> {
  const it: any = await_(x);
  if (typeof it[Symbol.iterator] === 'function') return it;
  return { [Symbol.iterator]: () => it };
}
