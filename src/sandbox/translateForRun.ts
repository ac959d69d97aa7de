// The CLI's `.py` run translates on its main thread while the sandbox worker loads the runtime
// (both take tens of ms on a cold start); the worker then runs the translation it is sent and
// never loads the parser. This must give exactly what runtime/session.ts runCode() would make
// for a module: the same translate() options, the same syntax error text.
import { translate } from '../translator/translate';
import { formatSyntaxErrors } from '../translator/report';
import type { Translated } from './protocol';

export function translateForRun(source: string, filename: string): Translated | { syntaxError: string } {
  const t = translate(source, filename, { mode: 'module', cellIndex: undefined, allowTopLevelAwait: false });
  return t.ok ? { code: t.code, map: t.map } : { syntaxError: formatSyntaxErrors(t, source, filename) };
}
