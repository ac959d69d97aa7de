// The one place that loads Pyright's parser (@zzzen/pyright-internal, pinned to 1.1.255).
// Loaded lazily so importing the translator stays cheap until something is parsed.

/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-var-requires */

export interface PyrightApi {
  Parser: any;
  ParseOptions: any;
  DiagnosticSink: any;
  Tokenizer: any;
  convertPositionToOffset: (pos: unknown, lines: unknown) => number | undefined;
  /** English message text → Localizer.Diagnostic key, for parameterless messages. */
  messageKeys: Map<string, string>;
}

let api: PyrightApi | undefined;

export function pyright(): PyrightApi {
  if (api) return api;
  const parser = require('@zzzen/pyright-internal/dist/parser/parser');
  const sink = require('@zzzen/pyright-internal/dist/common/diagnosticSink');
  const tokenizer = require('@zzzen/pyright-internal/dist/parser/tokenizer');
  const positions = require('@zzzen/pyright-internal/dist/common/positionUtils');
  const localize = require('@zzzen/pyright-internal/dist/localization/localize');
  const messageKeys = new Map<string, string>();
  const diag = localize.Localizer.Diagnostic;
  for (const key of Object.keys(diag)) {
    try {
      const m = diag[key]();
      if (typeof m === 'string') messageKeys.set(m, key);
      else if (m && typeof m.getFormatString === 'function') messageKeys.set(m.getFormatString(), key);
    } catch {
      // messages that need arguments are skipped
    }
  }
  api = {
    Parser: parser.Parser,
    ParseOptions: parser.ParseOptions,
    DiagnosticSink: sink.DiagnosticSink,
    Tokenizer: tokenizer.Tokenizer,
    convertPositionToOffset: positions.convertPositionToOffset,
    messageKeys,
  };
  return api;
}

/** Pyright ParseOptions for Python 3.11 source files. */
export function parseOptions311(): any {
  const opts = new (pyright().ParseOptions)();
  opts.pythonVersion = 0x030b; // PythonVersion.V3_11
  opts.isStubFile = false;
  opts.reportInvalidStringEscapeSequence = false;
  opts.skipFunctionAndClassBody = false;
  opts.ipythonMode = false;
  return opts;
}

/** Looks up the Localizer key of a Pyright error message (prefix match for composed messages). */
export function messageKey(message: string): string | undefined {
  const keys = pyright().messageKeys;
  const exact = keys.get(message);
  if (exact) return exact;
  for (const [text, key] of keys) {
    if (text.length > 8 && message.startsWith(text.split('{')[0]) && text.includes('{')) return key;
  }
  const firstLine = message.split('\n')[0];
  return keys.get(firstLine);
}
