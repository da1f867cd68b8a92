'use strict';
// fs metadata: stat/lstat/fstat/statfs, access and exists, chmod, chown and utimes — callback and
// synchronous forms.

const binding = internalBinding('fs');
const { validateFunction, validateInteger } = require('internal/validators');
const {
  constants: { F_OK },
  kEmptyObject,
  kMaxUserId,
  handleErrorFromBinding,
  getValidatedPath,
  getValidatedFd,
  parseFileMode,
  toUnixTimestamp,
  getStatsFromBinding,
  getStatFsFromBinding,
} = require('internal/fs/utils');
const { makeReq, makeCallback, getValidMode } = require('internal/fs/req');
const customPromisify = Symbol.for('nodejs.util.promisify.custom');

function statsCallback(cb) {
  validateFunction(cb, 'cb');
  return (err, stats) => (err ? cb(err) : cb(null, getStatsFromBinding(stats)));
}

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
const existsCallback = exists;
Object.defineProperty(exists, customPromisify, {
  value: function exists(path) {
    return new Promise((resolve) => existsCallback(path, resolve));
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

// utimes and lutimes differ only in whether a final symlink is followed: the binding method and
// the syscall named in errors.
function setPathTimes(method, syscall, path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding[method](path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  makeReq(callback, syscall, path));
}

function setPathTimesSync(method, path, atime, mtime) {
  path = getValidatedPath(path);
  const ctx = { path };
  binding[method](path, toUnixTimestamp(atime), toUnixTimestamp(mtime), undefined, ctx);
  handleErrorFromBinding(ctx);
}

function utimes(path, atime, mtime, callback) {
  setPathTimes('utimes', 'utime', path, atime, mtime, callback);
}

function utimesSync(path, atime, mtime) {
  setPathTimesSync('utimes', path, atime, mtime);
}

function lutimes(path, atime, mtime, callback) {
  setPathTimes('lutimes', 'lutime', path, atime, mtime, callback);
}

function lutimesSync(path, atime, mtime) {
  setPathTimesSync('lutimes', path, atime, mtime);
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

module.exports = {
  stat,
  statSync,
  lstat,
  lstatSync,
  fstat,
  fstatSync,
  statfs,
  statfsSync,
  access,
  accessSync,
  exists,
  existsSync,
  chmod,
  chmodSync,
  fchmod,
  fchmodSync,
  chown,
  chownSync,
  lchown,
  lchownSync,
  fchown,
  fchownSync,
  utimes,
  utimesSync,
  lutimes,
  lutimesSync,
  futimes,
  futimesSync,
};
