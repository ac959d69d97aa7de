// The task view's stylesheet. The panel loads the same text from dist/taskview.css (written by esbuild.js from this file) (kept equal
// by test/webview/styles.test.ts); the notebook renderer injects it. VS Code theme variables,
// with fallbacks for a plain browser; high contrast adds borders via --vscode-contrastBorder.
export const RENDERER_CSS = `html:has(body.al-body), body.al-body { height: 100%; margin: 0; overflow: hidden; }
body.al-body #app { height: 100%; }
.al-app {
  --al-running: var(--vscode-charts-green, #388a34);
  --al-ready: var(--vscode-charts-yellow, #bf8803);
  --al-waiting: var(--vscode-charts-blue, #1a85ff);
  --al-done: var(--vscode-disabledForeground, #8b8b8b);
  --al-cancelled: var(--vscode-charts-orange, #d18616);
  --al-failed: var(--vscode-charts-red, #e51400);
  --al-border: var(--vscode-contrastBorder, transparent);
  color: var(--vscode-foreground, #333);
  background: var(--vscode-editor-background, #fff);
  font-family: var(--vscode-font-family, sans-serif);
  font-size: var(--vscode-font-size, 13px);
  display: flex; flex-direction: column; height: 100%; min-height: 0;
}
.al-toolbar { display: flex; align-items: center; gap: 4px; padding: 4px; flex-wrap: wrap; }
.al-btn {
  color: var(--vscode-button-secondaryForeground, inherit);
  background: var(--vscode-button-secondaryBackground, #e0e0e0);
  border: 1px solid var(--al-border); border-radius: 2px; min-width: 26px; height: 22px; cursor: pointer;
}
.al-btn:hover { background: var(--vscode-button-secondaryHoverBackground, #d0d0d0); }
.al-btn:focus-visible, .al-timeline:focus-visible, .al-scrub:focus-visible { outline: 1px solid var(--vscode-focusBorder, #0090f1); }
.al-scrub { flex: 1; min-width: 120px; accent-color: var(--vscode-focusBorder, #0090f1); }
.al-clock { font-family: var(--vscode-editor-font-family, monospace); min-width: 90px; }
.al-check { display: flex; align-items: center; gap: 2px; }
.al-legend { display: flex; gap: 8px; font-size: 11px; color: var(--vscode-descriptionForeground, #717171); }
.al-legend-item { display: flex; align-items: center; gap: 3px; }
.al-swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; border: 1px solid var(--al-border); }
.al-status:empty { display: none; }
.al-status { padding: 4px; color: var(--vscode-descriptionForeground, #717171); }
.al-main { display: flex; flex: 1; min-height: 0; gap: 6px; }
.al-left { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.al-timeline { position: relative; overflow: auto; flex: 1; min-height: 120px; border: 1px solid var(--vscode-panel-border, #ddd); }
.al-sizer { position: relative; }
.al-row { position: absolute; left: 0; right: 0; height: 22px; border-bottom: 1px solid var(--vscode-editorGroup-border, rgba(128,128,128,.15)); }
.al-row.al-selected { background: var(--vscode-list-inactiveSelectionBackground, rgba(0,120,215,.12)); }
.al-label {
  position: absolute; top: 0; width: 176px; height: 21px; line-height: 21px; padding-left: 4px; z-index: 2;
  overflow: hidden; white-space: nowrap; text-overflow: ellipsis;
  background: var(--vscode-editor-background, #fff); border-right: 1px solid var(--vscode-panel-border, #ddd);
}
.al-row.al-selected .al-label { color: var(--vscode-list-activeSelectionForeground, inherit); font-weight: bold; }
.al-thread .al-label { font-style: italic; }
.al-seg {
  position: absolute; top: 3px; height: 15px; border-radius: 2px; box-sizing: border-box; border: 1px solid var(--al-border);
  overflow: hidden; white-space: nowrap; font-size: 11px; line-height: 13px; padding: 0 3px; color: #fff;
}
.al-running { background: var(--al-running); }
.al-ready { background: var(--al-ready); }
.al-waiting { background: var(--al-waiting); }
.al-done { background: var(--al-done); opacity: .45; }
.al-cancelled { background: var(--al-cancelled); opacity: .7; }
.al-failed { background: var(--al-failed); opacity: .8; }
.al-seg.al-blocked { outline: 2px solid var(--al-failed); }
.al-axis { position: absolute; left: 0; height: 18px; z-index: 4; background: var(--vscode-editor-background, #fff); border-bottom: 1px solid var(--vscode-panel-border, #ddd); }
.al-axis-corner { position: absolute; top: 0; width: 176px; padding-left: 4px; line-height: 18px; font-size: 10px; color: var(--vscode-descriptionForeground, #717171); background: var(--vscode-editor-background, #fff); }
.al-tick { position: absolute; top: 0; height: 18px; line-height: 18px; padding-left: 3px; font-size: 10px; border-left: 1px solid var(--vscode-descriptionForeground, #717171); color: var(--vscode-descriptionForeground, #717171); white-space: nowrap; }
.al-cursor { position: absolute; top: 0; width: 2px; background: var(--vscode-editorCursor-foreground, #000); z-index: 3; pointer-events: none; }
.al-tooltip {
  position: fixed; z-index: 10; padding: 4px 8px; max-width: 420px; pointer-events: none;
  background: var(--vscode-editorHoverWidget-background, #f3f3f3); color: var(--vscode-editorHoverWidget-foreground, inherit);
  border: 1px solid var(--vscode-editorHoverWidget-border, #c8c8c8);
}
.al-side { width: 320px; overflow: auto; padding: 0 6px; border-left: 1px solid var(--vscode-panel-border, #ddd); }
.al-side h3 { font-size: 11px; text-transform: uppercase; margin: 10px 0 4px; color: var(--vscode-descriptionForeground, #717171); }
.al-side ol, .al-side ul { margin: 0; padding-left: 20px; }
.al-dim { color: var(--vscode-descriptionForeground, #717171); }
.al-what { font-family: var(--vscode-editor-font-family, monospace); font-size: 12px; margin-top: 2px; }
.al-blocked-banner { margin-top: 6px; padding: 4px; border: 1px solid var(--al-failed); background: var(--vscode-inputValidation-errorBackground, #f2dede); }
.al-why li { margin-bottom: 4px; }
.al-why-selected { font-weight: bold; }
.al-compact .al-side { width: 260px; max-height: 240px; }
.al-code { display: flex; flex-direction: column; height: 38%; min-height: 140px; margin-top: 4px; border: 1px solid var(--vscode-panel-border, #ddd); }
.al-code[hidden] { display: none; }
.al-code-title { padding: 2px 4px; font-size: 12px; font-family: var(--vscode-editor-font-family, monospace); }
.al-code-heads, .al-code-body { display: flex; gap: 4px; }
.al-code-heads span { flex: 1; padding: 0 4px; font-size: 11px; text-transform: uppercase; color: var(--vscode-descriptionForeground, #717171); }
.al-code-body { flex: 1; min-height: 0; }
.al-code-editor { flex: 1; min-width: 0; height: 100%; }
.al-code-line { background: var(--vscode-editor-rangeHighlightBackground, rgba(253,255,0,.25)); outline: 1px solid var(--vscode-editor-rangeHighlightBorder, transparent); }
@media (max-width: 720px) {
  .al-app:not(.al-compact) .al-main { flex-direction: column; }
  .al-app:not(.al-compact) .al-side { width: auto; max-height: 30%; border-left: none; border-top: 1px solid var(--vscode-panel-border, #ddd); }
  .al-code-body { flex-direction: column; }
  .al-code-heads { display: none; }
  .al-code { height: 45%; }
}
.al-code-gutter { background: var(--vscode-focusBorder, #0090f1); width: 3px !important; margin-left: 3px; }
`;
