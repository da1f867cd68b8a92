'use strict';
// The entry point the host calls: run a file as the main module, or -e / -p / stdin source.

const { Module } = require('internal/modules/cjs/loader');
const modules = internalBinding('modules');

function runSource(source, print, name) {
  const path = require('path');
  // -e code runs as if it were a module in the current directory, with `require` available.
  const module = new Module(name, null);
  module.filename = path.join(process.cwd(), name);
  module.paths = Module._nodeModulePaths(process.cwd());
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.require = Module.createRequireForModule(module);
  globalThis.__filename = name;
  globalThis.__dirname = '.';
  const result = modules.runInThisContext(source, name);
  if (print) {
    const { log } = require('console');
    log(result);
  }
}

module.exports = function runMain(kind, payload) {
  switch (kind) {
    case 'file':
      Module.runMain(payload);
      break;
    case 'eval':
      runSource(payload, false, '[eval]');
      break;
    case 'print':
      runSource(payload, true, '[eval]');
      break;
    case 'stdin':
      runSource(payload, false, '[stdin]');
      break;
  }
};
