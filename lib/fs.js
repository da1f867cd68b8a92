'use strict';
// The `fs` module: callback and synchronous forms of node's file-system API, gathered from
// lib/internal/fs/*. Callback forms run on libuv's thread pool; each validates its arguments
// first, exactly as node does, so bad input throws synchronously and only system errors reach
// the callback.

const { constants, Dirent, Stats, toUnixTimestamp } = require('internal/fs/utils');
const {
  open, openSync, close, closeSync, read, readSync, readv, readvSync, write, writeSync, writev,
  writevSync, ftruncate, ftruncateSync, truncate, truncateSync, fsync, fsyncSync, fdatasync,
  fdatasyncSync,
} = require('internal/fs/fd_io');
const {
  stat, statSync, lstat, lstatSync, fstat, fstatSync, statfs, statfsSync, access, accessSync,
  exists, existsSync, chmod, chmodSync, fchmod, fchmodSync, chown, chownSync, lchown, lchownSync,
  fchown, fchownSync, utimes, utimesSync, lutimes, lutimesSync, futimes, futimesSync,
} = require('internal/fs/metadata');
const {
  mkdir, mkdirSync, readdir, readdirSync, rmdir, rmdirSync, rm, rmSync, unlink, unlinkSync,
  rename, renameSync, copyFile, copyFileSync, link, linkSync, symlink, symlinkSync, readlink,
  readlinkSync, mkdtemp, mkdtempSync,
} = require('internal/fs/directories');
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
