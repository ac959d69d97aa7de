// The task-view page: a strict CSP with a nonce, external scripts and stylesheets only, no inline
// script or style in the page. No vscode import, so the browser test loads the very same page.
// With the monaco code pane, the CSP also allows inline *styles* ('unsafe-inline' in style-src):
// monaco injects <style> elements and sets style attributes in markup it builds, and it has no
// nonce support. Scripts stay nonce-only.

export interface PageOptions {
  /** URIs as the webview sees them (webview.asWebviewUri(...).toString()). */
  scriptUri: string;
  styleUri: string;
  /** webview.cspSource ('self'-like origin of local resources). */
  cspSource: string;
  nonce: string;
  title?: string;
  /** The code pane's editor bundle (dist/monaco/monaco.js and .css), loaded before the page script. */
  monaco?: { scriptUri: string; styleUri: string };
  /** A script loaded after the page script (the standalone page's trace, `--taskview`). */
  dataUri?: string;
}

export function makeNonce(random: (n: number) => Uint8Array): string {
  return Buffer.from(random(18)).toString('base64').replace(/[^A-Za-z0-9]/g, '');
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);
}

export function contentSecurityPolicy(o: Pick<PageOptions, 'cspSource' | 'nonce' | 'monaco'>): string {
  return [
    `default-src 'none'`,
    `img-src ${o.cspSource} data:`,
    o.monaco ? `style-src ${o.cspSource} 'unsafe-inline'` : `style-src ${o.cspSource}`,
    `font-src ${o.cspSource}`,
    `script-src 'nonce-${o.nonce}'`,
  ].join('; ');
}

export function taskViewHtml(o: PageOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${esc(contentSecurityPolicy(o))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${o.monaco ? `<link rel="stylesheet" href="${esc(o.monaco.styleUri)}">\n` : ''}<link rel="stylesheet" href="${esc(o.styleUri)}">
<title>${esc(o.title ?? 'Asyncio Lab: Task View')}</title>
</head>
<body class="al-body">
<div id="app"></div>
${o.monaco ? `<script nonce="${esc(o.nonce)}" src="${esc(o.monaco.scriptUri)}"></script>\n` : ''}<script nonce="${esc(o.nonce)}" src="${esc(o.scriptUri)}"></script>
${o.dataUri ? `<script nonce="${esc(o.nonce)}" src="${esc(o.dataUri)}"></script>\n` : ''}</body>
</html>
`;
}
