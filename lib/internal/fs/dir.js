'use strict';
// fs.opendir / fs.Dir: a directory's entries one at a time, as Dirents. The listing is taken when
// the directory is opened (one scandir on the thread pool), then handed out in order.

const binding = internalBinding('fs');
const {
  codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const {
  getOptions,
  getValidatedPath,
  handleErrorFromBinding,
  decodeNames,
  wantsRawPaths,
  Dirent,
  DirentFromStats,
  UV_DIRENT_UNKNOWN,
} = require('internal/fs/utils');
const { makeReq } = require('internal/fs/req');
const pathModule = require('path');

const kEntries = Symbol('kDirEntries');
const kClosed = Symbol('kDirClosed');
const kPath = Symbol('kDirPath');
const kOperationPending = Symbol('kDirOperationQueue');

function toDirents(dir, [names, types]) {
  const out = [];
  for (let i = 0; i < names.length; i++) {
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const stats = require('fs').lstatSync(pathModule.join(String(dir), String(names[i])));
      out.push(new DirentFromStats(names[i], stats, dir));
    } else {
      out.push(new Dirent(names[i], types[i], dir));
    }
  }
  return out;
}

class Dir {
  constructor(path, entries) {
    if (!path) throw new ERR_MISSING_ARGS('path');
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
    this[kOperationPending] = false;
  }

  get path() {
    return this[kPath];
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationPending]) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kOperationPending] = true;
    process.nextTick(() => {
      this[kOperationPending] = false;
      callback(null, this[kEntries].shift() ?? null);
    });
  }

  readSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    if (this[kOperationPending]) throw new ERR_DIR_CONCURRENT_OPERATION();
    return this[kEntries].shift() ?? null;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    this[kClosed] = true;
    this[kEntries] = [];
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
    this[kEntries] = [];
  }

  async* entries() {
    try {
      for (;;) {
        const dirent = await this.read();
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

function opendirOptions(options) {
  options = getOptions(options, { encoding: 'utf8' });
  if (options.bufferSize !== undefined) validateUint32(options.bufferSize, 'options.bufferSize', true);
  return options;
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = opendirOptions(options);
  const encoding = options.encoding;
  binding.readdir(path, wantsRawPaths(encoding), true, makeReq((err, result) => {
    if (err) return callback(err);
    decodeNames(result[0], encoding);
    let entries;
    try {
      entries = toDirents(path, result);
    } catch (statErr) {
      return callback(statErr);
    }
    callback(null, new Dir(path, entries));
  }, 'opendir', path));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = opendirOptions(options);
  // node's synchronous opendir error names no path (the asynchronous one does).
  const ctx = {};
  const result = binding.readdir(path, wantsRawPaths(options.encoding), true, undefined, ctx);
  if (ctx.errno !== undefined) ctx.syscall = 'opendir';
  handleErrorFromBinding(ctx);
  decodeNames(result[0], options.encoding);
  return new Dir(path, toDirents(path, result));
}

module.exports = { Dir, opendir, opendirSync };
