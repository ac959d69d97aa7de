// Smoke test: the extension under development is present in the real extension host and activates.
import * as assert from 'assert';
import * as vscode from 'vscode';

const EXT_ID = 'asyncio-lab.asyncio-lab';

suite('activation', () => {
  test('extension is present and activates', async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not loaded`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
    console.log(`[activation] ${EXT_ID} ${ext.packageJSON.version} active in VS Code ${vscode.version} (appHost ${vscode.env.appHost})`);
  });
});
