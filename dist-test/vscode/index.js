"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// test/vscode/index.ts
var index_exports = {};
__export(index_exports, {
  run: () => run
});
module.exports = __toCommonJS(index_exports);
var fs = __toESM(require("fs"));
var path = __toESM(require("path"));
var import_mocha = __toESM(require("mocha"));
function run() {
  const mocha = new import_mocha.default({ ui: "tdd", color: false, timeout: 6e4, reporter: "spec" });
  if (process.env.ASYNCIO_LAB_TEST_GREP) {
    mocha.grep(process.env.ASYNCIO_LAB_TEST_GREP);
  }
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort();
  for (const f of files) {
    mocha.addFile(path.join(__dirname, f));
  }
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        console.log(`ASYNCIO-LAB-VSCODE-TESTS: ${passed} passed, ${failures} failed`);
        if (process.env.ASYNCIO_LAB_TEST_RESULT_FILE) {
          fs.writeFileSync(process.env.ASYNCIO_LAB_TEST_RESULT_FILE, `${passed} passed, ${failures} failed
`);
        }
        if (failures > 0) {
          reject(new Error(`${failures} extension-host test(s) failed`));
        } else {
          resolve();
        }
      });
    } catch (e) {
      console.log("ASYNCIO-LAB-VSCODE-TESTS: 0 passed, 1 failed");
      reject(e);
    }
  });
}
__name(run, "run");
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  run
});
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vdGVzdC92c2NvZGUvaW5kZXgudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8vIEVudHJ5IHBvaW50IGZvciAtLWV4dGVuc2lvblRlc3RzUGF0aCAoYW5kIHRoZSBjb2RlLXNlcnZlciBwYXlsb2FkIGVxdWl2YWxlbnQpOiB0aGUgZXh0ZW5zaW9uXG4vLyBob3N0IHJlcXVpcmVzIHRoaXMgbW9kdWxlIGFuZCBhd2FpdHMgcnVuKCkuIEJ1bmRsZWQgdG8gZGlzdC10ZXN0L3ZzY29kZS9pbmRleC5qcyBieVxuLy8gc2NyaXB0cy9lMmUvYnVpbGQtdGVzdHMuanMgdG9nZXRoZXIgd2l0aCBldmVyeSB0ZXN0L3ZzY29kZS8qLnRlc3QudHMsIHdoaWNoIGl0IGxvYWRzIGZyb20gdGhlXG4vLyBzYW1lIGZvbGRlci4gbW9jaGEgaXMgcmVzb2x2ZWQgZnJvbSB0aGUgcmVwbydzIG5vZGVfbW9kdWxlczsgYHZzY29kZWAgaXMgcHJvdmlkZWQgYnkgdGhlIGhvc3QuXG4vL1xuLy8gICBBU1lOQ0lPX0xBQl9URVNUX0dSRVAgICAgICAgICBvbmx5IHJ1biB0ZXN0cyB3aG9zZSBmdWxsIHRpdGxlIG1hdGNoZXMgdGhpcyBwYXR0ZXJuXG4vLyAgIEFTWU5DSU9fTEFCX1RFU1RfUkVTVUxUX0ZJTEUgIGFsc28gd3JpdGUgXCJOIHBhc3NlZCwgTSBmYWlsZWRcIiB0byB0aGlzIGZpbGVcbmltcG9ydCAqIGFzIGZzIGZyb20gJ2ZzJztcbmltcG9ydCAqIGFzIHBhdGggZnJvbSAncGF0aCc7XG5pbXBvcnQgTW9jaGEgZnJvbSAnbW9jaGEnO1xuXG5leHBvcnQgZnVuY3Rpb24gcnVuKCk6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBtb2NoYSA9IG5ldyBNb2NoYSh7IHVpOiAndGRkJywgY29sb3I6IGZhbHNlLCB0aW1lb3V0OiA2MDAwMCwgcmVwb3J0ZXI6ICdzcGVjJyB9KTtcbiAgaWYgKHByb2Nlc3MuZW52LkFTWU5DSU9fTEFCX1RFU1RfR1JFUCkgeyBtb2NoYS5ncmVwKHByb2Nlc3MuZW52LkFTWU5DSU9fTEFCX1RFU1RfR1JFUCk7IH1cbiAgY29uc3QgZmlsZXMgPSBmcy5yZWFkZGlyU3luYyhfX2Rpcm5hbWUpLmZpbHRlcihmID0+IGYuZW5kc1dpdGgoJy50ZXN0LmpzJykpLnNvcnQoKTtcbiAgZm9yIChjb25zdCBmIG9mIGZpbGVzKSB7IG1vY2hhLmFkZEZpbGUocGF0aC5qb2luKF9fZGlybmFtZSwgZikpOyB9XG4gIHJldHVybiBuZXcgUHJvbWlzZSgocmVzb2x2ZSwgcmVqZWN0KSA9PiB7XG4gICAgdHJ5IHtcbiAgICAgIGNvbnN0IHJ1bm5lciA9IG1vY2hhLnJ1bihmYWlsdXJlcyA9PiB7XG4gICAgICAgIGNvbnN0IHBhc3NlZCA9IHJ1bm5lci5zdGF0cz8ucGFzc2VzID8/IDA7XG4gICAgICAgIC8vIHNjcmlwdHMvZTJlL2V4dC1ob3N0LXRlc3QuanMgcGlja3MgdGhpcyBsaW5lIHVwIGZvciB0aGUgQ0kgc3VtbWFyeTtcbiAgICAgICAgLy8gc2NyaXB0cy9lMmUvcnVuLWVsZWN0cm9uLmpzIHJlYWRzIHRoZSBmaWxlXG4gICAgICAgIGNvbnNvbGUubG9nKGBBU1lOQ0lPLUxBQi1WU0NPREUtVEVTVFM6ICR7cGFzc2VkfSBwYXNzZWQsICR7ZmFpbHVyZXN9IGZhaWxlZGApO1xuICAgICAgICBpZiAocHJvY2Vzcy5lbnYuQVNZTkNJT19MQUJfVEVTVF9SRVNVTFRfRklMRSkge1xuICAgICAgICAgIGZzLndyaXRlRmlsZVN5bmMocHJvY2Vzcy5lbnYuQVNZTkNJT19MQUJfVEVTVF9SRVNVTFRfRklMRSwgYCR7cGFzc2VkfSBwYXNzZWQsICR7ZmFpbHVyZXN9IGZhaWxlZFxcbmApO1xuICAgICAgICB9XG4gICAgICAgIGlmIChmYWlsdXJlcyA+IDApIHsgcmVqZWN0KG5ldyBFcnJvcihgJHtmYWlsdXJlc30gZXh0ZW5zaW9uLWhvc3QgdGVzdChzKSBmYWlsZWRgKSk7IH0gZWxzZSB7IHJlc29sdmUoKTsgfVxuICAgICAgfSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgY29uc29sZS5sb2coJ0FTWU5DSU8tTEFCLVZTQ09ERS1URVNUUzogMCBwYXNzZWQsIDEgZmFpbGVkJyk7XG4gICAgICByZWplY3QoZSk7XG4gICAgfVxuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7Ozs7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBT0EsU0FBb0I7QUFDcEIsV0FBc0I7QUFDdEIsbUJBQWtCO0FBRVgsU0FBUyxNQUFxQjtBQUNuQyxRQUFNLFFBQVEsSUFBSSxhQUFBQSxRQUFNLEVBQUUsSUFBSSxPQUFPLE9BQU8sT0FBTyxTQUFTLEtBQU8sVUFBVSxPQUFPLENBQUM7QUFDckYsTUFBSSxRQUFRLElBQUksdUJBQXVCO0FBQUUsVUFBTSxLQUFLLFFBQVEsSUFBSSxxQkFBcUI7QUFBQSxFQUFHO0FBQ3hGLFFBQU0sUUFBVyxlQUFZLFNBQVMsRUFBRSxPQUFPLE9BQUssRUFBRSxTQUFTLFVBQVUsQ0FBQyxFQUFFLEtBQUs7QUFDakYsYUFBVyxLQUFLLE9BQU87QUFBRSxVQUFNLFFBQWEsVUFBSyxXQUFXLENBQUMsQ0FBQztBQUFBLEVBQUc7QUFDakUsU0FBTyxJQUFJLFFBQVEsQ0FBQyxTQUFTLFdBQVc7QUFDdEMsUUFBSTtBQUNGLFlBQU0sU0FBUyxNQUFNLElBQUksY0FBWTtBQUNuQyxjQUFNLFNBQVMsT0FBTyxPQUFPLFVBQVU7QUFHdkMsZ0JBQVEsSUFBSSw2QkFBNkIsTUFBTSxZQUFZLFFBQVEsU0FBUztBQUM1RSxZQUFJLFFBQVEsSUFBSSw4QkFBOEI7QUFDNUMsVUFBRyxpQkFBYyxRQUFRLElBQUksOEJBQThCLEdBQUcsTUFBTSxZQUFZLFFBQVE7QUFBQSxDQUFXO0FBQUEsUUFDckc7QUFDQSxZQUFJLFdBQVcsR0FBRztBQUFFLGlCQUFPLElBQUksTUFBTSxHQUFHLFFBQVEsZ0NBQWdDLENBQUM7QUFBQSxRQUFHLE9BQU87QUFBRSxrQkFBUTtBQUFBLFFBQUc7QUFBQSxNQUMxRyxDQUFDO0FBQUEsSUFDSCxTQUFTLEdBQUc7QUFDVixjQUFRLElBQUksOENBQThDO0FBQzFELGFBQU8sQ0FBQztBQUFBLElBQ1Y7QUFBQSxFQUNGLENBQUM7QUFDSDtBQXRCZ0I7IiwKICAibmFtZXMiOiBbIk1vY2hhIl0KfQo=
