'use strict';
// Whole-file reads and writes for the callback and sync APIs: readFile, writeFile, appendFile.
// Regular files are read into one Buffer of their size (in 512 KiB steps); files whose size is
// unknown (pipes, /proc) in 64 KiB chunks joined at the end. Nothing is read ahead of need.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  AbortError,
  aggregateTwoErrors,
  codes: { ERR_FS_FILE_TOO_LARGE },
} = require('internal/errors');
const { validateBoolean, validateFunction } = require('internal/validators');
const {
  kIoMaxLength,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  copyObject,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  handleErrorFromBinding,
  isArrayBufferView,
  isFd,
  isFileType,
  stringToFlags,
  validateStringAfterArrayBufferView,
  S_IFREG,
} = require('internal/fs/utils');
const { makeReq } = require('internal/fs/req');

function lazyFs() {
  return require('fs');
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// --- readFile ----------------------------------------------------------------------------------

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const isUserFd = isFd(path);
  let fd;
  let size = 0;
  let pos = 0;
  let buffer;
  let chunks;

  function finish(err) {
    let data;
    if (!err) {
      if (chunks !== undefined) data = Buffer.concat(chunks, pos);
      else data = pos < size ? buffer.slice(0, pos) : buffer;
      if (encoding) data = data.toString(encoding);
    }
    if (isUserFd) {
      process.nextTick(callback, err || null, data);
      return;
    }
    binding.close(fd, makeReq((closeErr) => {
      if (err || closeErr) callback(err || closeErr);
      else callback(null, data);
    }, 'close'));
  }

  function readNext() {
    if (signal?.aborted) return finish(abortError(signal));
    let target;
    let offset;
    let length;
    if (chunks !== undefined) {
      target = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      offset = 0;
      length = kReadFileUnknownBufferLength;
    } else {
      target = buffer;
      offset = pos;
      length = Math.min(kReadFileBufferLength, size - pos);
    }
    binding.read(fd, target, offset, length, -1, makeReq((err, bytesRead) => {
      if (err) return finish(err);
      if (bytesRead === 0) return finish(null);
      pos += bytesRead;
      if (chunks !== undefined) {
        chunks.push(bytesRead === target.length ? target : target.slice(0, bytesRead));
      } else if (pos === size) {
        return finish(null);
      }
      readNext();
    }, 'read'));
  }

  function afterOpen(openedFd) {
    fd = getValidatedFd(openedFd);
    binding.fstat(fd, false, makeReq((err, stats) => {
      if (err) return finish(err);
      size = isFileType(stats, S_IFREG) ? stats[8] : 0;
      if (size > kIoMaxLength) return finish(new ERR_FS_FILE_TOO_LARGE(size));
      if (size === 0) chunks = [];
      else buffer = Buffer.allocUnsafeSlow(size);
      readNext();
    }, 'fstat'));
  }

  if (isUserFd) {
    process.nextTick(afterOpen, path);
    return;
  }
  if (signal?.aborted) {
    callback(abortError(signal));
    return;
  }
  const flags = stringToFlags(options.flag, 'options.flag');
  path = getValidatedPath(path);
  binding.open(path, flags, 0o666, makeReq((err, openedFd) => {
    if (err) return callback(err);
    afterOpen(openedFd);
  }, 'open', path));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const fs = lazyFs();
  const isUserFd = isFd(path);
  const fd = isUserFd ? path : fs.openSync(path, options.flag, 0o666);
  try {
    const ctx = {};
    const stats = binding.fstat(getValidatedFd(fd), false, undefined, ctx);
    handleErrorFromBinding(ctx);
    const size = isFileType(stats, S_IFREG) ? stats[8] : 0;
    if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
    let buffer;
    let pos = 0;
    if (size === 0) {
      const chunks = [];
      for (;;) {
        const chunk = Buffer.allocUnsafe(kReadFileUnknownBufferLength);
        const n = fs.readSync(fd, chunk, 0, kReadFileUnknownBufferLength);
        if (n === 0) break;
        chunks.push(n === chunk.length ? chunk : chunk.slice(0, n));
        pos += n;
      }
      buffer = Buffer.concat(chunks, pos);
    } else {
      buffer = Buffer.allocUnsafe(size);
      while (pos < size) {
        const n = fs.readSync(fd, buffer, pos, size - pos);
        if (n === 0) break;
        pos += n;
      }
      if (pos < size) buffer = buffer.slice(0, pos);
    }
    if (!isUserFd) fs.closeSync(fd);
    return options.encoding ? buffer.toString(options.encoding) : buffer;
  } catch (err) {
    if (!isUserFd) {
      try {
        fs.closeSync(fd);
      } catch {
        // The first error is the one to report.
      }
    }
    throw err;
  }
}

// --- writeFile / appendFile ----------------------------------------------------------------------

// Writes all of buffer[offset, offset + length) to fd, then (if it opened fd) closes it.
function writeAll(fd, isUserFd, buffer, offset, length, signal, flush, callback) {
  const fs = lazyFs();
  function closeWith(err) {
    if (isUserFd) callback(err);
    else fs.close(fd, (closeErr) => callback(aggregateTwoErrors(closeErr, err)));
  }
  if (signal?.aborted) return closeWith(abortError(signal));
  fs.write(fd, buffer, offset, length, null, (writeErr, written) => {
    if (writeErr) return closeWith(writeErr);
    if (written === length) {
      if (!flush) {
        if (isUserFd) callback(null);
        else fs.close(fd, callback);
        return;
      }
      fs.fsync(fd, (syncErr) => {
        if (syncErr) return closeWith(syncErr);
        if (isUserFd) callback(null);
        else fs.close(fd, callback);
      });
      return;
    }
    writeAll(fd, isUserFd, buffer, offset + written, length - written, signal, flush, callback);
  });
}

function toWritableData(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  data = toWritableData(data, options.encoding);
  if (isFd(path)) {
    writeAll(path, true, data, 0, data.byteLength, options.signal, flush, callback);
    return;
  }
  if (options.signal?.aborted) {
    callback(abortError(options.signal));
    return;
  }
  lazyFs().open(path, flag, options.mode, (openErr, fd) => {
    if (openErr) return callback(openErr);
    writeAll(fd, false, data, 0, data.byteLength, options.signal, flush, callback);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  const isUserFd = isFd(path);
  if (isUserFd && typeof data === 'string' &&
      (options.encoding === 'utf8' || options.encoding === 'utf-8')) {
    // node writes UTF-8 text to a descriptor natively, without checking the descriptor first.
    writeAllSync(path, Buffer.from(data, 'utf8'));
    return;
  }
  data = toWritableData(data, options.encoding);
  const fs = lazyFs();
  const fd = isUserFd ? path : fs.openSync(path, flag, options.mode);
  let offset = 0;
  let length = data.byteLength;
  try {
    while (length > 0) {
      const written = fs.writeSync(fd, data, offset, length);
      offset += written;
      length -= written;
    }
    if (flush) fs.fsyncSync(fd);
  } finally {
    if (!isUserFd) fs.closeSync(fd);
  }
}

function writeAllSync(fd, bytes) {
  let offset = 0;
  while (offset < bytes.length) {
    const ctx = {};
    const written = binding.writeBuffer(fd, bytes, offset, bytes.length - offset, null,
                                        undefined, ctx);
    handleErrorFromBinding(ctx);
    offset += written;
  }
}

function appendOptions(path, options) {
  options = copyObject(getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' }));
  // A file descriptor is appended to through its own position; a path opens for appending.
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

module.exports = {
  readFile,
  readFileSync,
  writeFile,
  writeFileSync,
  appendFile,
  appendFileSync,
};
