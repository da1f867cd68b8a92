'use strict';
// CommonJS modules with node's resolution: relative and absolute paths, extensions, directories
// (package.json "main", index.js), node_modules lookup, the module cache and cycles, builtins by
// name or with the node: prefix, and octet's own octet: scheme.

const modules = internalBinding('modules');
const path = require('path');

const kBuiltinPrefix = 'node:';
const kOctetPrefix = 'octet:';
const kNativePrefix = 'octet:native/';

function lazyErrors() {
  return require('internal/errors');
}

function canBeRequiredByUsers(id) {
  return require.canBeRequiredByUsers(id);
}

function stat(filename) {
  return modules.internalModuleStat(filename);
}

// Paths of node_modules directories from `from` up to the root, nearest first.
function nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/') || '';
    paths.push(`${dir}/node_modules`);
  }
  paths.push('/node_modules');
  return paths;
}

const globalPaths = (() => {
  const home = process.env.HOME;
  const result = [];
  if (home) {
    result.push(path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries'));
  }
  result.push(path.resolve(process.execPath, '..', '..', 'lib', 'node'));
  return result;
})();

const packageMainCache = new Map();

function readPackageMain(directory) {
  const jsonPath = path.resolve(directory, 'package.json');
  if (packageMainCache.has(jsonPath)) return packageMainCache.get(jsonPath);
  const text = modules.readFileUtf8(jsonPath);
  let main;
  if (text !== undefined) {
    try {
      const parsed = JSON.parse(text);
      if (parsed && typeof parsed.main === 'string') main = parsed.main;
    } catch (err) {
      err.path = jsonPath;
      err.message = `Error parsing ${jsonPath}: ${err.message}`;
      throw err;
    }
  }
  packageMainCache.set(jsonPath, main);
  return main;
}

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  return modules.realpath(requestPath) || requestPath;
}

function tryExtensions(basePath, extensions, isMain) {
  for (const ext of extensions) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, extensions, isMain, originalPath) {
  const main = readPackageMain(requestPath);
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename, isMain) ||
    tryExtensions(filename, extensions, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), extensions, isMain);
  if (actual === false) {
    const fallback = tryExtensions(path.resolve(requestPath, 'index'), extensions, isMain);
    if (!fallback) {
      const err = new Error(`Cannot find module '${filename}'. Please verify that the package.json ` +
                            'has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = path.resolve(requestPath, 'package.json');
      err.requestPath = originalPath;
      throw err;
    }
    return fallback;
  }
  return actual;
}

class Module {
  constructor(id = '', parent) {
    this.id = id;
    this.path = path.dirname(id);
    this.exports = {};
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = undefined;
    Object.defineProperty(this, 'parent', {
      value: parent, writable: true, enumerable: false, configurable: true,
    });
    if (parent && parent.children) parent.children.push(this);
  }

  require(id) {
    if (typeof id !== 'string') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('id', 'string', id);
    }
    if (id === '') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_VALUE)('id', id, 'must be a non-empty string');
    }
    return Module._load(id, this, false);
  }

  load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    let extension = path.extname(filename);
    if (!Module._extensions[extension]) extension = '.js';
    Module._extensions[extension](this, filename);
    this.loaded = true;
  }

  _compile(content, filename) {
    const compiled = modules.compileFunction(content, filename);
    const require = makeRequireFunction(this);
    const dirname = path.dirname(filename);
    return compiled.call(this.exports, this.exports, require, this, filename, dirname);
  }
}

function stripBOM(content) {
  return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

// A hashbang line is not valid inside a function body: blank it, keeping line numbers.
function stripHashbang(content) {
  if (content.startsWith('#!')) {
    const end = content.indexOf('\n');
    return `//${content.slice(2, end === -1 ? content.length : end)}${end === -1 ? '' : content.slice(end)}`;
  }
  return content;
}

function readSource(filename) {
  const content = modules.readFileUtf8(filename);
  if (content === undefined) {
    const err = new Error(`ENOENT: no such file or directory, open '${filename}'`);
    err.code = 'ENOENT';
    err.syscall = 'open';
    err.path = filename;
    throw err;
  }
  return content;
}

Module._extensions = Object.create(null);
Module._extensions['.js'] = function(module, filename) {
  module._compile(stripHashbang(stripBOM(readSource(filename))), filename);
};
Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    module.exports = JSON.parse(stripBOM(content));
  } catch (err) {
    err.message = `${filename}: ${err.message}`;
    throw err;
  }
};
Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': octet does not support .node addons`);
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module.globalPaths = globalPaths;
Module.builtinModules = require.publicIds.filter((id) => !id.startsWith('octet/'));
Module._nodeModulePaths = nodeModulePaths;
Module.isBuiltin = (id) => {
  const name = id.startsWith(kBuiltinPrefix) ? id.slice(kBuiltinPrefix.length) : id;
  return Module.builtinModules.includes(name);
};

Module._resolveLookupPaths = function(request, parent) {
  if (canBeRequiredByUsers(request) && !request.startsWith('octet/')) return null;
  const isRelative = request === '.' || request === '..' || request.startsWith('./') ||
    request.startsWith('../');
  if (!isRelative) {
    const paths = parent && parent.paths ? parent.paths.concat(globalPaths) : globalPaths.slice();
    if (parent && parent.filename == null && !parent.paths) {
      return nodeModulePaths('.').concat(globalPaths);
    }
    return paths.length > 0 ? paths : null;
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;
  const cacheKey = `${request}\x00${paths.join('\x00')}`;
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;
  const extensions = Object.keys(Module._extensions);
  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  for (const curPath of paths) {
    if (curPath && stat(curPath) < 1) continue;
    const basePath = path.resolve(curPath, request);
    const rc = stat(basePath);
    let filename;
    if (!trailingSlash) {
      if (rc === 0) filename = modules.realpath(basePath) || basePath;
      if (!filename) filename = tryExtensions(basePath, extensions, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, extensions, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

Module._resolveFilename = function(request, parent, isMain, options) {
  if (request.startsWith(kBuiltinPrefix) || request.startsWith(kOctetPrefix) ||
      (canBeRequiredByUsers(request) && !request.startsWith('octet/'))) {
    return request;
  }
  let paths;
  if (options && options.paths) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    paths = [];
    for (const p of options.paths) {
      if (isRelative) paths.push(path.resolve(p));
      else {
        for (const dir of nodeModulePaths(p)) if (!paths.includes(dir)) paths.push(dir);
      }
    }
    if (!isRelative) paths.push(...globalPaths);
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }
  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;
  const requireStack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor) || cursor.parent) {
    requireStack.push(cursor.filename || cursor.id);
  }
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) message += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

const moduleParentCache = new WeakMap();

function loadBuiltin(request) {
  let id = request;
  if (id.startsWith(kNativePrefix)) {
    const exports = internalBinding(`native:${id.slice(kNativePrefix.length)}`);
    return exports;
  }
  if (id.startsWith(kOctetPrefix)) {
    const name = `octet/${id.slice(kOctetPrefix.length)}`;
    if (!canBeRequiredByUsers(name)) throw unknownBuiltin(request);
    return require(name);
  }
  if (id.startsWith(kBuiltinPrefix)) {
    id = id.slice(kBuiltinPrefix.length);
    if (!canBeRequiredByUsers(id) || id.startsWith('octet/')) throw unknownBuiltin(request);
  }
  if (id === 'module') return Module;
  return require(id);
}

function unknownBuiltin(request) {
  const { codes } = lazyErrors();
  if (codes.ERR_UNKNOWN_BUILTIN_MODULE) return new codes.ERR_UNKNOWN_BUILTIN_MODULE(request);
  const err = new Error(`No such built-in module: ${request}`);
  err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
  return err;
}

Module._load = function(request, parent, isMain) {
  if (request.startsWith(kBuiltinPrefix) || request.startsWith(kOctetPrefix)) {
    return loadBuiltin(request);
  }
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) {
      parent.children.push(cached);
    }
    return cached.exports;
  }
  if (filename === request && canBeRequiredByUsers(request)) return loadBuiltin(request);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  moduleParentCache.set(module, parent);
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const index = parent.children.indexOf(module);
        if (index !== -1) parent.children.splice(index, 1);
      }
    }
  }
  return module.exports;
};

function makeRequireFunction(module) {
  const require = function require(id) {
    return module.require(id);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveFilename(request, module, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, module);
  };
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequireForModule = makeRequireFunction;

Module.createRequire = function createRequire(filename) {
  const file = typeof URL === 'function' && filename instanceof URL ? filename.pathname : String(filename);
  const module = new Module(file, null);
  module.filename = file;
  module.paths = nodeModulePaths(path.dirname(file));
  return makeRequireFunction(module);
};

Module.runMain = function runMain(main) {
  const resolved = path.resolve(main);
  process.argv[1] = resolved;
  Module._load(resolved, null, true);
};

Module.Module = Module;

module.exports = { Module };
