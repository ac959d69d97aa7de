// Character-level scanning of an f-string body, mirroring CPython 3.11's fstring_find_literal
// and fstring_find_expr (Parser/string_parser.c), with the same error messages.

export interface LiteralScan {
  /** Undecoded literal text (escapes still in it). */
  raw: string;
  /** '{' or '}' when the literal ended with a doubled brace. */
  doubled?: string;
  error?: string;
}

export interface FieldScan {
  /** Offsets into the body of the replacement field's expression text. */
  exprStart: number;
  exprEnd: number;
  error?: string;
}

export interface FieldTail {
  /** Text of `expr=` (with the `=` and following spaces) for self-documenting fields. */
  debugText: string | null;
  conversion: number;
  hasSpec: boolean;
  error?: string;
}

const SPACE = /[ \t\n\r\f\v]/;

export class FStringScanner {
  pos = 0;
  constructor(readonly body: string, readonly raw: boolean) {}

  atOpenBrace(): boolean {
    return this.body[this.pos] === '{';
  }
  atCloseBrace(): boolean {
    return this.body[this.pos] === '}';
  }

  literal(level: number): LiteralScan {
    const b = this.body;
    const start = this.pos;
    while (this.pos < b.length) {
      let ch = b[this.pos++];
      if (!this.raw && ch === '\\' && this.pos < b.length) {
        ch = b[this.pos++];
        if (ch === 'N') {
          if (this.pos < b.length && b[this.pos++] === '{') {
            while (this.pos < b.length && b[this.pos++] !== '}') { /* skip name */ }
          }
          continue;
        }
      }
      if (ch === '{' || ch === '}') {
        if (level === 0) {
          if (b[this.pos] === ch) {
            const raw = b.slice(start, this.pos - 1);
            this.pos++;
            return { raw, doubled: ch };
          }
          if (ch === '}') return { raw: '', error: "f-string: single '}' is not allowed" };
        }
        this.pos--;
        break;
      }
    }
    return { raw: b.slice(start, this.pos) };
  }

  /** Scans a replacement field's expression; the scanner must be at its '{'. */
  field(level: number): FieldScan {
    const b = this.body;
    if (level >= 2) return { exprStart: 0, exprEnd: 0, error: 'f-string: expressions nested too deeply' };
    this.pos++;
    const exprStart = this.pos;
    let quote: string | null = null;
    const stack: string[] = [];
    const fail = (error: string): FieldScan => ({ exprStart, exprEnd: this.pos, error });
    while (this.pos < b.length) {
      const ch = b[this.pos];
      if (ch === '\\') return fail('f-string expression part cannot include a backslash');
      if (quote) {
        if (b.startsWith(quote, this.pos)) {
          this.pos += quote.length;
          quote = null;
        } else {
          this.pos++;
        }
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = b.startsWith(ch + ch + ch, this.pos) ? ch + ch + ch : ch;
        this.pos += quote.length;
        continue;
      }
      if (ch === '(' || ch === '[' || ch === '{') {
        if (stack.length >= 200) return fail('f-string: too many nested parenthesis');
        stack.push(ch);
        this.pos++;
        continue;
      }
      if (ch === '#') return fail("f-string expression part cannot include '#'");
      if (stack.length === 0 && '!:}=<>'.includes(ch)) {
        const next = b[this.pos + 1];
        if (next === '=' && ch !== ':' && ch !== '}') {
          this.pos += 2;
          continue;
        }
        if (ch === '>' || ch === '<') {
          this.pos++;
          continue;
        }
        break;
      }
      if (ch === ')' || ch === ']' || ch === '}') {
        if (!stack.length) return fail(`f-string: unmatched '${ch}'`);
        const open = stack.pop()!;
        const want = open === '(' ? ')' : open === '[' ? ']' : '}';
        if (ch !== want) {
          return fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${open}'`);
        }
      }
      this.pos++;
    }
    const exprEnd = this.pos;
    if (quote) return fail('f-string: unterminated string');
    if (stack.length) return fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
    if (this.pos >= b.length) return fail("f-string: expecting '}'");
    if (/^[ \t\n\r\f\v]*$/.test(b.slice(exprStart, exprEnd))) {
      return fail('f-string: empty expression not allowed');
    }
    return { exprStart, exprEnd };
  }

  /** After the expression: `=`, `!conversion` and the start of `:spec`. */
  fieldTail(exprStart: number): FieldTail {
    const b = this.body;
    const expecting: FieldTail = { debugText: null, conversion: -1, hasSpec: false, error: "f-string: expecting '}'" };
    let debugText: string | null = null;
    if (b[this.pos] === '=') {
      this.pos++;
      while (this.pos < b.length && SPACE.test(b[this.pos])) this.pos++;
      if (this.pos >= b.length) return expecting;
      debugText = b.slice(exprStart, this.pos);
    }
    let conversion = -1;
    if (b[this.pos] === '!') {
      this.pos++;
      if (this.pos >= b.length) return expecting;
      const conv = b[this.pos++];
      if (conv !== 's' && conv !== 'r' && conv !== 'a') {
        return { ...expecting, error: "f-string: invalid conversion character: expected 's', 'r', or 'a'" };
      }
      conversion = conv.charCodeAt(0);
    }
    let hasSpec = false;
    if (this.pos < b.length && b[this.pos] === ':') {
      this.pos++;
      if (this.pos >= b.length) return expecting;
      hasSpec = true;
    }
    return { debugText, conversion, hasSpec };
  }

  /** Consumes the field's closing '}'; returns an error message when it is missing. */
  closeField(): string | null {
    if (this.pos >= this.body.length || this.body[this.pos] !== '}') return "f-string: expecting '}'";
    this.pos++;
    return null;
  }
}
