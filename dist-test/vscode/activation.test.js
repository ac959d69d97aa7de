"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// test/vscode/activation.test.ts
var assert = __toESM(require("assert"));
var vscode = __toESM(require("vscode"));
var EXT_ID = "asyncio-lab.asyncio-lab";
suite("activation", () => {
  test("extension is present and activates", async () => {
    const ext = vscode.extensions.getExtension(EXT_ID);
    assert.ok(ext, `${EXT_ID} is not loaded`);
    await ext.activate();
    assert.strictEqual(ext.isActive, true);
    console.log(`[activation] ${EXT_ID} ${ext.packageJSON.version} active in VS Code ${vscode.version} (appHost ${vscode.env.appHost})`);
  });
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC92c2NvZGUvYWN0aXZhdGlvbi50ZXN0LnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBTbW9rZSB0ZXN0OiB0aGUgZXh0ZW5zaW9uIHVuZGVyIGRldmVsb3BtZW50IGlzIHByZXNlbnQgaW4gdGhlIHJlYWwgZXh0ZW5zaW9uIGhvc3QgYW5kIGFjdGl2YXRlcy5cbmltcG9ydCAqIGFzIGFzc2VydCBmcm9tICdhc3NlcnQnO1xuaW1wb3J0ICogYXMgdnNjb2RlIGZyb20gJ3ZzY29kZSc7XG5cbmNvbnN0IEVYVF9JRCA9ICdhc3luY2lvLWxhYi5hc3luY2lvLWxhYic7XG5cbnN1aXRlKCdhY3RpdmF0aW9uJywgKCkgPT4ge1xuICB0ZXN0KCdleHRlbnNpb24gaXMgcHJlc2VudCBhbmQgYWN0aXZhdGVzJywgYXN5bmMgKCkgPT4ge1xuICAgIGNvbnN0IGV4dCA9IHZzY29kZS5leHRlbnNpb25zLmdldEV4dGVuc2lvbihFWFRfSUQpO1xuICAgIGFzc2VydC5vayhleHQsIGAke0VYVF9JRH0gaXMgbm90IGxvYWRlZGApO1xuICAgIGF3YWl0IGV4dC5hY3RpdmF0ZSgpO1xuICAgIGFzc2VydC5zdHJpY3RFcXVhbChleHQuaXNBY3RpdmUsIHRydWUpO1xuICAgIGNvbnNvbGUubG9nKGBbYWN0aXZhdGlvbl0gJHtFWFRfSUR9ICR7ZXh0LnBhY2thZ2VKU09OLnZlcnNpb259IGFjdGl2ZSBpbiBWUyBDb2RlICR7dnNjb2RlLnZlcnNpb259IChhcHBIb3N0ICR7dnNjb2RlLmVudi5hcHBIb3N0fSlgKTtcbiAgfSk7XG59KTtcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFDQSxhQUF3QjtBQUN4QixhQUF3QjtBQUV4QixJQUFNLFNBQVM7QUFFZixNQUFNLGNBQWMsTUFBTTtBQUN4QixPQUFLLHNDQUFzQyxZQUFZO0FBQ3JELFVBQU0sTUFBYSxrQkFBVyxhQUFhLE1BQU07QUFDakQsSUFBTyxVQUFHLEtBQUssR0FBRyxNQUFNLGdCQUFnQjtBQUN4QyxVQUFNLElBQUksU0FBUztBQUNuQixJQUFPLG1CQUFZLElBQUksVUFBVSxJQUFJO0FBQ3JDLFlBQVEsSUFBSSxnQkFBZ0IsTUFBTSxJQUFJLElBQUksWUFBWSxPQUFPLHNCQUE2QixjQUFPLGFBQW9CLFdBQUksT0FBTyxHQUFHO0FBQUEsRUFDckksQ0FBQztBQUNILENBQUM7IiwKICAibmFtZXMiOiBbXQp9Cg==
