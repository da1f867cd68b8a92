'use strict';
// The builtin-module loader. Compiled by the host as `(process, internalBinding)`; returns
// requireBuiltin, which every lib/ module receives as `require`. Modules compile on first use only.

const { compileFunction, hasBuiltin, ids } = internalBinding('builtins');

const moduleCache = new Map();

function requireBuiltin(id) {
  const cached = moduleCache.get(id);
  if (cached !== undefined) return cached.exports;
  const fn = compileFunction(id);
  if (fn === undefined) throw new Error(`No such built-in module: ${id}`);
  const module = { id, exports: {}, loaded: false };
  moduleCache.set(id, module);
  try {
    fn.call(undefined, module.exports, requireBuiltin, module, process, internalBinding);
  } catch (err) {
    moduleCache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

// Modules a user script may require: everything outside internal/ (and bootstrap-only files).
const publicIds = ids.filter((id) => !id.startsWith('internal/'));

// --expose-internals lets tests reach internal modules, as in node.
const { exposeInternals } = internalBinding('process');
requireBuiltin.canBeRequiredByUsers = (id) =>
  hasBuiltin(id) && (exposeInternals || !id.startsWith('internal/'));
requireBuiltin.publicIds = publicIds;

return requireBuiltin;
