// Entry of dist/pyright.js: Pyright's parser modules (@zzzen/pyright-internal), bundled once and
// shared by dist/core.js and dist/extension.js. esbuild.js redirects the lazy requires of
// src/translator/parserPyright.ts to this file (scripts/pyrightSplit.js), so neither bundle
// embeds its own copy and the extension host loads it only when something is parsed.
/* eslint-disable @typescript-eslint/no-var-requires */

const MODULES: Record<string, any> = {
  '@zzzen/pyright-internal/dist/parser/parser': require('@zzzen/pyright-internal/dist/parser/parser'),
  '@zzzen/pyright-internal/dist/common/diagnosticSink': require('@zzzen/pyright-internal/dist/common/diagnosticSink'),
  '@zzzen/pyright-internal/dist/parser/tokenizer': require('@zzzen/pyright-internal/dist/parser/tokenizer'),
  '@zzzen/pyright-internal/dist/common/positionUtils': require('@zzzen/pyright-internal/dist/common/positionUtils'),
  '@zzzen/pyright-internal/dist/localization/localize': require('@zzzen/pyright-internal/dist/localization/localize'),
};

/** One of the modules above, by the specifier parserPyright.ts requires it with. */
export function get(name: string): any {
  const m = MODULES[name];
  if (m === undefined) throw new Error(`pyright.js does not bundle ${name} (add it to src/bundle/pyrightEntry.ts)`);
  return m;
}

/** Exercise the parser and the message table once, with no lasting effect, so that the V8 code
 *  cache written after it (src/bundle/codeCache.ts) holds the compiled functions. */
export function warmUp(): void {
  const { Parser, ParseOptions } = MODULES['@zzzen/pyright-internal/dist/parser/parser'];
  const { DiagnosticSink } = MODULES['@zzzen/pyright-internal/dist/common/diagnosticSink'];
  const opts = new ParseOptions();
  opts.pythonVersion = 0x030b;
  const src = 'import asyncio\n\nclass C:\n    x: int = 1\n\nasync def main(a, *b, c=2, **d):\n    async with a as x:\n        pass\n'
    + '    try:\n        await asyncio.sleep(0)\n    except (ValueError, KeyError) as e:\n        raise RuntimeError(f"{a!r:>4}") from e\n'
    + '    return [i * 2 for i in range(3) if i], {k: v for k, v in d.items()}, lambda y: y\n\nasyncio.run(main(1))\n';
  new Parser().parseSourceFile(src, opts, new DiagnosticSink());
  const diag = MODULES['@zzzen/pyright-internal/dist/localization/localize'].Localizer.Diagnostic;
  for (const key of Object.keys(diag)) { try { diag[key](); } catch { /* needs arguments */ } }
}
