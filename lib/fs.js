'use strict';
// The `fs` module: callback and synchronous forms of node's file-system API. Callback forms run on
// libuv's thread pool; each validates its arguments first, exactly as node does, so bad input
// throws synchronously and only system errors reach the callback.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  AbortError,
  aggregateTwoErrors,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  constants,
  kEmptyObject,
  kMaxUserId,
  UV_DIRENT_UNKNOWN,
  handleErrorFromBinding,
  getOptions,
  getValidatedPath,
  getValidatedFd,
  isFd,
  isArrayBufferView,
  stringToFlags,
  parseFileMode,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
  toUnixTimestamp,
  stringToSymlinkType,
  validateRmdirOptions,
  getStatsFromBinding,
  getStatFsFromBinding,
  isFileType,
  S_IFDIR,
  Stats,
  Dirent,
  DirentFromStats,
  decodeNames,
  decodePath,
  wantsRawPaths,
} = require('internal/fs/utils');
const { makeReq, getValidMode } = require('internal/fs/req');
const { F_OK } = constants;
const customPromisify = Symbol.for('nodejs.util.promisify.custom');
const customPromisifyArgs = require('internal/util').customPromisifyArgs;

// A callback that must be a function ("cb" in node's errors).
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

function statsCallback(cb) {
  validateFunction(cb, 'cb');
  return (err, stats) => (err ? cb(err) : cb(null, getStatsFromBinding(stats)));
}

function checkAborted(signal, callback) {
  if (signal?.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// --- open, close, read, write ---------------------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, makeReq(callback, 'open', path));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const ctx = { path };
  const fd = binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666),
                          undefined, ctx);
  handleErrorFromBinding(ctx);
  return fd;
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, makeReq(callback, 'close'));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  const ctx = {};
  binding.close(fd, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrOptions, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = Buffer.alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = Buffer.alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', kValidateObjectAllowNullable);
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  validateFunction(callback, 'cb');
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, buffer, offset, length, position,
               makeReq((err, bytesRead) => callback(err, bytesRead || 0, buffer), 'read'));
}
Object.defineProperty(read, customPromisifyArgs, { value: ['bytesRead', 'buffer'] });

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  const ctx = {};
  const result = binding.read(fd, buffer, offset, length, position, undefined, ctx);
  handleErrorFromBinding(ctx);
  return result;
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers)) throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readBuffers(fd, buffers, position,
                      makeReq((err, n) => callback(err, n || 0, buffers), 'read'));
}
Object.defineProperty(readv, customPromisifyArgs, { value: ['bytesRead', 'buffers'] });

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const ctx = {};
  const result = binding.readBuffers(fd, buffers, position, undefined, ctx);
  handleErrorFromBinding(ctx);
  return result;
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.writeBuffer(fd, buffer, offset, length, position,
                        makeReq((err, n) => callback(err, n || 0, buffer), 'write'));
    return;
  }
  // write(fd, string[, position[, encoding]], callback)
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const string = buffer;
  validateEncoding(string, length);
  callback = makeCallback(position);
  const bytes = Buffer.from(string, length);
  binding.writeBuffer(fd, bytes, 0, bytes.length, offset,
                      makeReq((err, n) => callback(err, n || 0, string), 'write'));
}
Object.defineProperty(write, customPromisifyArgs, { value: ['bytesWritten', 'buffer'] });

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  const ctx = {};
  let result;
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (typeof offset !== 'number') offset = 0;
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    result = binding.writeBuffer(fd, buffer, offset, length, position, undefined, ctx);
  } else {
    validateStringAfterArrayBufferView(buffer, 'buffer');
    validateEncoding(buffer, length);
    const bytes = Buffer.from(buffer, length);
    result = binding.writeBuffer(fd, bytes, 0, bytes.length, offset, undefined, ctx);
  }
  handleErrorFromBinding(ctx);
  return result;
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writeBuffers(fd, buffers, position,
                       makeReq((err, n) => callback(err, n || 0, buffers), 'write'));
}
Object.defineProperty(writev, customPromisifyArgs, { value: ['bytesWritten', 'buffers'] });

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  const ctx = {};
  const result = binding.writeBuffers(fd, buffers, position, undefined, ctx);
  handleErrorFromBinding(ctx);
  return result;
}

// --- metadata --------------------------------------------------------------------------------

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = statsCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, !!options.bigint, makeReq(callback, 'stat', path));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = statsCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, !!options.bigint, makeReq(callback, 'lstat', path));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = statsCallback(callback);
  binding.fstat(fd, !!options.bigint, makeReq(callback, 'fstat'));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const ctx = { path };
  const stats = binding.stat(path, !!options.bigint, undefined, ctx);
  if (ctx.errno === -2 && options.throwIfNoEntry === false) return undefined;
  handleErrorFromBinding(ctx);
  return getStatsFromBinding(stats);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const ctx = { path };
  const stats = binding.lstat(path, !!options.bigint, undefined, ctx);
  if (ctx.errno === -2 && options.throwIfNoEntry === false) return undefined;
  handleErrorFromBinding(ctx);
  return getStatsFromBinding(stats);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const ctx = {};
  const stats = binding.fstat(fd, !!options.bigint, undefined, ctx);
  handleErrorFromBinding(ctx);
  return getStatsFromBinding(stats);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  validateFunction(callback, 'cb');
  path = getValidatedPath(path);
  binding.statfs(path, !!options.bigint, makeReq((err, stats) => {
    if (err) return callback(err);
    callback(null, getStatFsFromBinding(stats));
  }, 'statfs', path));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const ctx = { path };
  const stats = binding.statfs(path, !!options.bigint, undefined, ctx);
  handleErrorFromBinding(ctx);
  return getStatFsFromBinding(stats);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(path, mode, makeReq(callback, 'access', path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  const ctx = { path };
  binding.access(path, mode, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    access(path, F_OK, (err) => callback(!err));
  } catch {
    callback(false);
  }
}
Object.defineProperty(exists, customPromisify, {
  value: function exists(path) {
    return new Promise((resolve) => module.exports.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  const ctx = { path };
  binding.access(path, F_OK, undefined, ctx);
  return ctx.errno === undefined;
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, makeReq(callback, 'chmod', path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  const ctx = { path };
  binding.chmod(path, mode, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, makeReq(callback, 'fchmod'));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  const ctx = {};
  binding.fchmod(fd, mode, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid, gid, makeReq(callback, 'chown', path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  const ctx = { path };
  binding.chown(path, uid, gid, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid, gid, makeReq(callback, 'lchown', path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  const ctx = { path };
  binding.lchown(path, uid, gid, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, makeReq(callback, 'fchown'));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  const ctx = {};
  binding.fchown(fd, uid, gid, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 makeReq(callback, 'utime', path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const ctx = { path };
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined, ctx);
  handleErrorFromBinding(ctx);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  makeReq(callback, 'lutime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  const ctx = { path };
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined, ctx);
  handleErrorFromBinding(ctx);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, makeReq(callback, 'futime'));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  const ctx = {};
  binding.futimes(fd, atime, mtime, undefined, ctx);
  handleErrorFromBinding(ctx);
}

// --- sizes and syncing -----------------------------------------------------------------------

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, makeReq(callback, 'ftruncate'));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  const ctx = {};
  binding.ftruncate(fd, len, undefined, ctx);
  handleErrorFromBinding(ctx);
}

let truncateFdWarned = false;
function warnTruncateFd() {
  if (truncateFdWarned) return;
  truncateFdWarned = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
                      ' Please use fs.ftruncate with a file descriptor instead.',
                      'DeprecationWarning', 'DEP0081');
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, makeReq((truncErr) => {
      close(fd, (closeErr) => callback(aggregateTwoErrors(closeErr, truncErr)));
    }, 'ftruncate'));
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    warnTruncateFd();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, makeReq(callback, 'fsync'));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  const ctx = {};
  binding.fsync(fd, undefined, ctx);
  handleErrorFromBinding(ctx);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, makeReq(callback, 'fdatasync'));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  const ctx = {};
  binding.fdatasync(fd, undefined, ctx);
  handleErrorFromBinding(ctx);
}

// --- directories and names -------------------------------------------------------------------

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

const { realpath, realpathSync } = require('internal/fs/realpath');
const {
  readFile, readFileSync, writeFile, writeFileSync, appendFile, appendFileSync,
} = require('internal/fs/read_file');

function lazyStreams() {
  return require('internal/fs/streams');
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

function opendir(path, options, callback) {
  return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
  return require('internal/fs/dir').opendirSync(path, options);
}

function lazyDir() {
  return require('internal/fs/dir');
}

module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(value) { defineValue('ReadStream', value); },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(value) { defineValue('WriteStream', value); },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(value) { defineValue('FileReadStream', value); },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(value) { defineValue('FileWriteStream', value); },
  _toUnixTimestamp: toUnixTimestamp,
  get Dir() { return lazyDir().Dir; },
  opendir,
  opendirSync,
  F_OK: constants.F_OK,
  R_OK: constants.R_OK,
  W_OK: constants.W_OK,
  X_OK: constants.X_OK,
  constants,
  get promises() { return require('internal/fs/promises').exports; },
};

// Assigning a lazy export replaces it with a plain value.
function defineValue(name, value) {
  Object.defineProperty(module.exports, name, {
    value, writable: true, enumerable: true, configurable: true,
  });
}
