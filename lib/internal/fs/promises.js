'use strict';
// fs/promises: the promise API over paths. Every call runs on the thread pool through the same
// binding as the callback API; failures reject with node's errors. Open files are FileHandles
// (lib/internal/fs/filehandle.js).

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  validateBoolean,
  validateInteger,
} = require('internal/validators');
const {
  constants,
  kEmptyObject,
  kMaxUserId,
  copyObject,
  getOptions,
  getValidatedPath,
  isArrayBufferView,
  parseFileMode,
  stringToFlags,
  stringToSymlinkType,
  toUnixTimestamp,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  getStatsFromBinding,
  getStatFsFromBinding,
  decodeNames,
  decodePath,
  wantsRawPaths,
  Dirent,
  DirentFromStats,
  UV_DIRENT_UNKNOWN,
} = require('internal/fs/utils');
const { promiseCall, getValidMode } = require('internal/fs/req');
const {
  FileHandle,
  checkAborted,
  isCustomIterable,
  readFileHandle,
  writeFileHandle,
} = require('internal/fs/filehandle');
const pathModule = require('path');
const { F_OK } = constants;

async function access(path, mode = F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return promiseCall('access', path, undefined, (req) => binding.access(path, mode, req));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return promiseCall('copyfile', src, dest, (req) => binding.copyFile(src, dest, mode, req));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await promiseCall('open', path, undefined,
                               (req) => binding.open(path, flagsNumber, mode, req));
  return new FileHandle(fd);
}

async function opendir(path, options) {
  const { opendir: opendirCallback } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendirCallback(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return promiseCall('rename', oldPath, newPath, (req) => binding.rename(oldPath, newPath, req));
}

async function truncate(path, len = 0) {
  const handle = await open(path, 'r+');
  return handle.truncate(len).finally(handle.close);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  const { validateRmOptions, rimraf } = require('internal/fs/rimraf');
  return new Promise((resolve, reject) => {
    validateRmOptions(path, options, false, (err, opts) => {
      if (err) return reject(err);
      rimraf(path, opts, (rmErr) => (rmErr ? reject(rmErr) : resolve()));
    });
  });
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  options = validateRmdirOptions(options);
  if (options.recursive) {
    const { validateRmOptions, rimraf } = require('internal/fs/rimraf');
    const opts = await new Promise((resolve, reject) => {
      validateRmOptions(path, { ...options, force: false }, true, (err, o) => {
        if (err === false) return resolve(false);
        return err ? reject(err) : resolve(o);
      });
    });
    if (opts !== false) {
      return new Promise((resolve, reject) => {
        rimraf(path, opts, (err) => (err ? reject(err) : resolve()));
      });
    }
  }
  return promiseCall('rmdir', path, undefined, (req) => binding.rmdir(path, req));
}

async function mkdir(path, options) {
  if (typeof options === 'number' || typeof options === 'string') {
    options = { mode: options };
  }
  const { recursive = false, mode = 0o777 } = options || kEmptyObject;
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  const parsedMode = parseFileMode(mode, 'mode', 0o777);
  return promiseCall('mkdir', path, undefined,
                     (req) => binding.mkdir(path, parsedMode, recursive, req));
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) {
    const { readdirSync } = require('fs');
    return readdirSync(path, options);
  }
  const encoding = options.encoding;
  const withTypes = !!options.withFileTypes;
  const result = await promiseCall('scandir', path, undefined,
    (req) => binding.readdir(path, wantsRawPaths(encoding), withTypes, req));
  if (!withTypes) return decodeNames(result, encoding);
  const [names, types] = result;
  decodeNames(names, encoding);
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    if (types[i] === UV_DIRENT_UNKNOWN) {
      out[i] = new DirentFromStats(names[i], await lstat(pathModule.join(String(path),
                                                                         String(names[i]))), path);
    } else {
      out[i] = new Dirent(names[i], types[i], path);
    }
  }
  return out;
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const target = await promiseCall('readlink', path, undefined,
    (req) => binding.readlink(path, wantsRawPaths(options.encoding), req));
  return decodePath(target, options.encoding);
}

async function symlink(target, path, type) {
  if (typeof type !== 'string') type = null;
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = stringToSymlinkType(type);
  return promiseCall('symlink', target, path, (req) => binding.symlink(target, path, flags, req));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const stats = await promiseCall('lstat', path, undefined,
                                  (req) => binding.lstat(path, !!options.bigint, req));
  return getStatsFromBinding(stats);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const stats = await promiseCall('stat', path, undefined,
                                  (req) => binding.stat(path, !!options.bigint, req));
  return getStatsFromBinding(stats);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const stats = await promiseCall('statfs', path, undefined,
                                  (req) => binding.statfs(path, !!options.bigint, req));
  return getStatFsFromBinding(stats);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return promiseCall('link', existingPath, newPath,
                     (req) => binding.link(existingPath, newPath, req));
}

async function unlink(path) {
  path = getValidatedPath(path);
  return promiseCall('unlink', path, undefined, (req) => binding.unlink(path, req));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return promiseCall('chmod', path, undefined, (req) => binding.chmod(path, mode, req));
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return promiseCall('lchown', path, undefined, (req) => binding.lchown(path, uid, gid, req));
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return promiseCall('chown', path, undefined, (req) => binding.chown(path, uid, gid, req));
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return promiseCall('utime', path, undefined, (req) => binding.utimes(path, a, m, req));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  const a = toUnixTimestamp(atime);
  const m = toUnixTimestamp(mtime);
  return promiseCall('lutime', path, undefined, (req) => binding.lutimes(path, a, m, req));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const result = await promiseCall('realpath', path, undefined,
    (req) => binding.realpath(path, wantsRawPaths(options.encoding), req));
  return decodePath(result, options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const dir = await promiseCall('mkdtemp', `${prefix}XXXXXX`, undefined,
    (req) => binding.mkdtemp(prefix, wantsRawPaths(options.encoding), req));
  return decodePath(dir, options.encoding);
}

function isFileHandle(value) {
  return value instanceof FileHandle;
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
    data = Buffer.from(data, options.encoding || 'utf8');
  } else if (typeof data === 'string') {
    data = Buffer.from(data, options.encoding || 'utf8');
  }
  if (isFileHandle(path)) return writeFileHandle(path, data, options.signal, options.encoding);
  checkAborted(options.signal);
  const handle = await open(path, flag, options.mode);
  let failed = false;
  try {
    await writeFileHandle(handle, data, options.signal, options.encoding);
    if (flush) await handle.sync();
  } catch (err) {
    failed = true;
    await handle.close().catch(() => {});
    throw err;
  } finally {
    if (!failed) await handle.close();
  }
}

async function appendFile(path, data, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  options.flag ||= 'a';
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (isFileHandle(path)) return readFileHandle(path, options);
  checkAborted(options.signal);
  const handle = await open(path, flag, 0o666);
  try {
    return await readFileHandle(handle, options);
  } finally {
    await handle.close();
  }
}

const exports_ = {
  access,
  copyFile,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod: undefined,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  constants,
};

module.exports = { exports: exports_, FileHandle };
