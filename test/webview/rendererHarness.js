// Loaded by the renderer test page: plays VS Code's part, handing an output item to the renderer.
import { activate } from '/dist/renderer.js';

const renderer = activate({});
window.renderTrace = (json) => {
  renderer.renderOutputItem({ mime: 'application/vnd.asyncio-lab.trace+json', json: () => json, text: () => JSON.stringify(json) },
    document.getElementById('out'));
};
window.rendererReady = true;
