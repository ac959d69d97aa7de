#!/usr/bin/env node
// Puts each code cell's TypeScript translation right after it, as a markdown cell, in the demos
// that show translations side by side (demo 6, Future vs Promise). The translation is produced by
// the product's own translator exactly as the kernel does it for a cell (`<cell N>`, cell mode).
//
//   node scripts/demos/embed-ts.js           rewrite the demos
//   node scripts/demos/embed-ts.js --check   exit 1 if any embedded translation is stale
//
// test/demos/translations.test.ts runs the check, so a translator change that alters these cells
// shows up as a failing test until this script is run again.
'use strict';
const fs = require('fs');
const path = require('path');
require('../../test/register.js');
const { translate } = require('../../src/translator/translate.ts');

const ROOT = path.resolve(__dirname, '..', '..');
const DEMOS = ['demos/06-future-vs-promise.ipynb'];
const MARK = 'asyncioLabTranslationOf';

const text = (s) => (Array.isArray(s) ? s.join('') : String(s ?? ''));
const toLines = (s) => s.split(/(?<=\n)/);

/** The markdown source showing the translation of code cell `index` (0-based notebook index). */
function translationMarkdown(source, index) {
  const t = translate(source, `<cell ${index + 1}>`, { mode: 'cell', cellIndex: index });
  if (!t.ok) throw new Error(`cell ${index + 1} does not translate: ${t.diagnostics[0]?.message}`);
  return 'The TypeScript that Asyncio Lab runs for the cell above (`yield*` marks each `await`):\n\n'
    + '```ts\n' + t.code.trimEnd() + '\n```\n';
}

/** The notebook with exactly one fresh translation cell after each code cell. */
function withTranslations(nb, stem) {
  const cells = [];
  const originals = nb.cells.filter((c) => !(c.metadata && c.metadata[MARK] !== undefined));
  for (const cell of originals) {
    cells.push(cell);
    if (cell.cell_type !== 'code') continue;
    const index = cells.length - 1;
    cells.push({ cell_type: 'markdown', id: `${stem}-ts-${index + 1}`, metadata: { [MARK]: index }, source: toLines(translationMarkdown(text(cell.source), index)) });
  }
  return { ...nb, cells };
}

function main(argv) {
  const check = argv.includes('--check');
  let stale = 0;
  for (const rel of DEMOS) {
    const file = path.join(ROOT, rel);
    const before = fs.readFileSync(file, 'utf8');
    const after = JSON.stringify(withTranslations(JSON.parse(before), path.basename(rel, '.ipynb')), null, 1) + '\n';
    if (after === before) continue;
    stale++;
    if (check) console.error(`${rel}: embedded TypeScript translations are stale; run node scripts/demos/embed-ts.js`);
    else { fs.writeFileSync(file, after); console.log(`${rel}: translations updated`); }
  }
  return check && stale ? 1 : 0;
}

module.exports = { withTranslations, translationMarkdown, DEMOS, MARK };
if (require.main === module) process.exitCode = main(process.argv.slice(2));
