// Number literal scanning with CPython 3.11's tokenizer errors (tok_get / tok_decimal_tail /
// verify_end_of_number in Parser/tokenizer.c). Error columns follow CPython: the character
// before the tokenizer's cursor.

export interface NumberScan {
  end: number;
  error?: { start: number; end: number; msg: string };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isIdChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_]/.test(c);

export function numberError(src: string, start: number): NumberScan {
  let cur = start; // index of the next character to read
  const next = (): string | undefined => src[cur++];
  const backup = (): void => { cur--; };
  const fail = (msg: string): NumberScan => ({ end: cur, error: { start: Math.max(start, cur - 1), end: Math.max(start, cur - 1) + 1, msg } });

  /** verify_end_of_number; `c` was just read. */
  const verifyEnd = (c: string | undefined, kind: string): NumberScan | null => {
    const rest = src.slice(cur);
    const kw = (c === 'a' && rest.startsWith('nd')) || (c === 'e' && rest.startsWith('lse')) ||
      (c === 'f' && rest.startsWith('or')) || (c === 'i' && /^[fns]/.test(rest)) ||
      (c === 'o' && rest.startsWith('r')) || (c === 'n' && rest.startsWith('ot'));
    if (!kw && isIdChar(c)) {
      backup();
      return fail(`invalid ${kind} literal`);
    }
    return null;
  };
  /** tok_decimal_tail; returns the first non-digit read, or an error. */
  const decimalTail = (): string | undefined | NumberScan => {
    let c: string | undefined;
    for (;;) {
      do c = next(); while (isDigit(c));
      if (c !== '_') return c;
      c = next();
      if (!isDigit(c)) {
        backup();
        return fail('invalid decimal literal');
      }
    }
  };
  const done = (c: string | undefined): NumberScan => {
    if (c !== undefined) backup();
    return { end: cur };
  };
  const isErr = (x: unknown): x is NumberScan => typeof x === 'object' && x !== null;

  let c = next();
  if (c === '0') {
    c = next();
    const radix = c?.toLowerCase();
    if (radix === 'x' || radix === 'o' || radix === 'b') {
      const kind = radix === 'x' ? 'hexadecimal' : radix === 'o' ? 'octal' : 'binary';
      const ok = radix === 'x' ? (d?: string) => d !== undefined && /[0-9a-fA-F]/.test(d)
        : radix === 'o' ? (d?: string) => d !== undefined && d >= '0' && d <= '7' : (d?: string) => d === '0' || d === '1';
      c = next();
      do {
        if (c === '_') c = next();
        if (!ok(c)) {
          if (radix !== 'x' && isDigit(c)) return fail(`invalid digit '${c}' in ${kind} literal`);
          backup();
          return fail(`invalid ${kind} literal`);
        }
        do c = next(); while (ok(c));
      } while (c === '_');
      if (radix !== 'x' && isDigit(c)) return fail(`invalid digit '${c}' in ${kind} literal`);
      return verifyEnd(c, kind) ?? done(c);
    }
    let nonzero = false;
    for (;;) {
      if (c === '_') {
        c = next();
        if (!isDigit(c)) {
          backup();
          return fail('invalid decimal literal');
        }
      }
      if (c !== '0') break;
      c = next();
    }
    if (isDigit(c)) {
      nonzero = true;
      const t = decimalTail();
      if (isErr(t)) return t;
      c = t;
    }
    if (c === '.') return fraction(next());
    if (c === 'e' || c === 'E') return exponent(c);
    if (c === 'j' || c === 'J') return imaginary();
    if (nonzero) {
      return {
        end: cur,
        error: {
          start, end: start + 1,
          msg: 'leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers',
        },
      };
    }
    return verifyEnd(c, 'decimal') ?? done(c);
  }
  if (c === '.') return fraction(next());
  backup();
  const t = decimalTail();
  if (isErr(t)) return t;
  c = t;
  if (c === '.') return fraction(next());
  return afterFraction(c);

  function fraction(first: string | undefined): NumberScan {
    let ch = first;
    if (isDigit(ch)) {
      backup();
      const t2 = decimalTail();
      if (isErr(t2)) return t2;
      ch = t2;
    }
    return afterFraction(ch);
  }
  function afterFraction(ch: string | undefined): NumberScan {
    if (ch === 'e' || ch === 'E') return exponent(ch);
    if (ch === 'j' || ch === 'J') return imaginary();
    return verifyEnd(ch, 'decimal') ?? done(ch);
  }
  function exponent(e: string): NumberScan {
    let ch = next();
    if (ch === '+' || ch === '-') {
      ch = next();
      if (!isDigit(ch)) {
        backup();
        return fail('invalid decimal literal');
      }
    } else if (!isDigit(ch)) {
      backup();
      const v = verifyEnd(e, 'decimal');
      if (v) return v;
      cur--; // the 'e' is not part of the number
      return { end: cur };
    }
    backup();
    const t2 = decimalTail();
    if (isErr(t2)) return t2;
    ch = t2;
    if (ch === 'j' || ch === 'J') return imaginary();
    return verifyEnd(ch, 'decimal') ?? done(ch);
  }
  function imaginary(): NumberScan {
    const ch = next();
    return verifyEnd(ch, 'imaginary') ?? done(ch);
  }
}
