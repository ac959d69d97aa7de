// cpu, hand-written: sum of i*i % 7 for 3M i, inside an async function.
'use strict';
const N = 3_000_000;
async function main() {
  let s = 0;
  for (let i = 0; i < N; i++) s += i * i % 7;
  console.log(String(s));
}
main();
