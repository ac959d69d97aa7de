// Arrays used as FIFO queues (the loop's ready queue, Queue storage, waiter deques): items are
// taken at a head index and their slots set to undefined; the consumed prefix is dropped in
// batches. Resetting `length` whenever such a queue emptied was a runtime call (and a new backing
// store) per item in a put/get ping-pong.

/** After taking the item at `head - 1`: drops the consumed prefix of `a` once it is more than
 *  1024 slots and half the array; returns the head index to use from now on. */
export function dropConsumed(a: unknown[], head: number): number {
  if (head > 1024 && head * 2 > a.length) { a.splice(0, head); return 0; }
  return head;
}
