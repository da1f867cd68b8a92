'use strict';
// fs names and directories: mkdir (recursive), readdir (types, encodings, recursive), rmdir, rm,
// unlink, rename, copyFile, link, symlink, readlink and mkdtemp — callback and synchronous forms.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const { validateBoolean } = require('internal/validators');
const {
  UV_DIRENT_UNKNOWN,
  handleErrorFromBinding,
  getOptions,
  getValidatedPath,
  parseFileMode,
  stringToSymlinkType,
  validateRmdirOptions,
  isFileType,
  S_IFDIR,
  Dirent,
  DirentFromStats,
  decodeNames,
  decodePath,
  wantsRawPaths,
} = require('internal/fs/utils');
const { makeReq, makeCallback, getValidMode } = require('internal/fs/req');
const { lstat, lstatSync } = require('internal/fs/metadata');

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirArgs(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  binding.mkdir(path, mode, recursive, makeReq(callback, 'mkdir', path));
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const ctx = { path };
  const result = binding.mkdir(path, mode, recursive, undefined, ctx);
  handleErrorFromBinding(ctx);
  if (recursive) return result;
}

// Dirents for readdir(withFileTypes); entries of unknown type are typed by lstat.
function direntsSync(path, [names, types]) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    if (types[i] === UV_DIRENT_UNKNOWN) {
      out[i] = new DirentFromStats(names[i], lstatSync(joinPath(path, names[i])), path);
    } else {
      out[i] = new Dirent(names[i], types[i], path);
    }
  }
  return out;
}

function dirents(path, [names, types], callback) {
  const out = new Array(names.length);
  let pending = 0;
  let failed = false;
  for (let i = 0; i < names.length; i++) {
    if (types[i] !== UV_DIRENT_UNKNOWN) {
      out[i] = new Dirent(names[i], types[i], path);
      continue;
    }
    pending++;
    lstat(joinPath(path, names[i]), (err, stats) => {
      if (failed) return;
      if (err) {
        failed = true;
        return callback(err);
      }
      out[i] = new DirentFromStats(names[i], stats, path);
      if (--pending === 0) callback(null, out);
    });
  }
  if (pending === 0) callback(null, out);
}

function joinPath(dir, name) {
  if (typeof dir === 'string' && typeof name === 'string') return require('path').join(dir, name);
  return Buffer.concat([Buffer.from(dir), Buffer.from('/'), Buffer.from(name)]);
}

function readdirSyncRecursive(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const pathModule = require('path');
  const results = [];
  const queue = [basePath];
  while (queue.length > 0) {
    const dir = queue.shift();
    const ctx = { path: dir };
    const raw = binding.readdir(dir, wantsRawPaths(encoding), true, undefined, ctx);
    handleErrorFromBinding(ctx);
    const names = decodeNames(raw[0], encoding);
    if (withFileTypes) {
      const entries = direntsSync(dir, [names, raw[1]]);
      for (const dirent of entries) {
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(pathModule.join(dir, String(dirent.name)));
      }
      continue;
    }
    for (const name of names) {
      const full = pathModule.join(dir, String(name));
      results.push(pathModule.relative(basePath, full));
      // Names alone follow symbolic links into directories (node stats each entry).
      const statCtx = {};
      const stats = binding.stat(full, false, undefined, statCtx);
      if (statCtx.errno === undefined && isFileType(stats, S_IFDIR)) queue.push(full);
    }
  }
  return results;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    let result;
    try {
      result = readdirSyncRecursive(path, options);
    } catch (err) {
      return callback(err);
    }
    return callback(null, result);
  }
  const withTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  binding.readdir(path, wantsRawPaths(encoding), withTypes, makeReq((err, result) => {
    if (err) return callback(err);
    if (!withTypes) return callback(null, decodeNames(result, encoding));
    decodeNames(result[0], encoding);
    dirents(path, result, callback);
  }, 'scandir', path));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirSyncRecursive(path, options);
  const withTypes = !!options.withFileTypes;
  const encoding = options.encoding;
  const ctx = { path };
  const result = binding.readdir(path, wantsRawPaths(encoding), withTypes, undefined, ctx);
  handleErrorFromBinding(ctx);
  if (!withTypes) return decodeNames(result, encoding);
  decodeNames(result[0], encoding);
  return direntsSync(path, result);
}

let rmdirRecursiveWarned = false;
function warnRmdirRecursive() {
  if (rmdirRecursiveWarned) return;
  rmdirRecursiveWarned = true;
  process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                      'will be removed. Use fs.rm(path, { recursive: true }) instead',
                      'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    const { validateRmOptions, rimraf } = require('internal/fs/rimraf');
    validateRmOptions(path, { ...options, force: false }, true, (err, opts) => {
      // Not a directory: let rmdir itself report it.
      if (err === false) return binding.rmdir(path, makeReq(callback, 'rmdir', path));
      if (err) return callback(err);
      rimraf(path, opts, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(path, makeReq(callback, 'rmdir', path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    warnRmdirRecursive();
    const { validateRmOptionsSync, rimrafSync } = require('internal/fs/rimraf');
    const opts = validateRmOptionsSync(path, { ...options, force: false }, true);
    if (opts !== false) return rimrafSync(path, opts);
  } else {
    validateRmdirOptions(options);
  }
  const ctx = { path };
  binding.rmdir(path, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  const { validateRmOptions, rimraf } = require('internal/fs/rimraf');
  validateRmOptions(path, options, false, (err, opts) => {
    if (err) return callback(err);
    rimraf(path, opts, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const { validateRmOptionsSync, rimrafSync } = require('internal/fs/rimraf');
  options = validateRmOptionsSync(path, options, false);
  return rimrafSync(path, options);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, makeReq(callback, 'unlink', path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  const ctx = { path };
  binding.unlink(path, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, makeReq(callback, 'rename', oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const ctx = { path: oldPath, dest: newPath };
  binding.rename(oldPath, newPath, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(src, dest, mode, makeReq(callback, 'copyfile', src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  const ctx = { path: src, dest };
  binding.copyFile(src, dest, mode, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, makeReq(callback, 'link', existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  const ctx = { path: existingPath, dest: newPath };
  binding.link(existingPath, newPath, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function symlink(target, path, type, callback) {
  callback = makeCallback(arguments[arguments.length - 1]);
  if (typeof type !== 'string') type = null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, stringToSymlinkType(type),
                  makeReq(callback, 'symlink', target, path));
}

function symlinkSync(target, path, type) {
  if (typeof type !== 'string') type = null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const ctx = { path: target, dest: path };
  binding.symlink(target, path, stringToSymlinkType(type), undefined, ctx);
  handleErrorFromBinding(ctx);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const encoding = options.encoding;
  binding.readlink(path, wantsRawPaths(encoding), makeReq((err, target) => {
    if (err) return callback(err);
    callback(null, decodePath(target, encoding));
  }, 'readlink', path));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const ctx = { path };
  const target = binding.readlink(path, wantsRawPaths(options.encoding), undefined, ctx);
  handleErrorFromBinding(ctx);
  return decodePath(target, options.encoding);
}

function warnOnNonPortableTemplate(prefix) {
  if (typeof prefix === 'string' ? prefix.endsWith('X') : prefix[prefix.length - 1] === 0x58) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
  }
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const encoding = options.encoding;
  binding.mkdtemp(prefix, wantsRawPaths(encoding), makeReq((err, dir) => {
    if (err) return callback(err);
    callback(null, decodePath(dir, encoding));
  }, 'mkdtemp', `${prefix}XXXXXX`));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  const ctx = { path: `${prefix}XXXXXX` };
  const dir = binding.mkdtemp(prefix, wantsRawPaths(options.encoding), undefined, ctx);
  handleErrorFromBinding(ctx);
  return decodePath(dir, options.encoding);
}

module.exports = {
  mkdir,
  mkdirSync,
  readdir,
  readdirSync,
  rmdir,
  rmdirSync,
  rm,
  rmSync,
  unlink,
  unlinkSync,
  rename,
  renameSync,
  copyFile,
  copyFileSync,
  link,
  linkSync,
  symlink,
  symlinkSync,
  readlink,
  readlinkSync,
  mkdtemp,
  mkdtempSync,
};
