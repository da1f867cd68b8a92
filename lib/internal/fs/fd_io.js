'use strict';
// fs through file descriptors: open and close, read and write (Buffers, strings, vectors),
// ftruncate/truncate, fsync and fdatasync — callback and synchronous forms.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const {
  aggregateTwoErrors,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBuffer,
  validateEncoding,
  validateFunction,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  kEmptyObject,
  handleErrorFromBinding,
  getValidatedPath,
  getValidatedFd,
  isArrayBufferView,
  stringToFlags,
  parseFileMode,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');
const { makeReq, makeCallback } = require('internal/fs/req');
const { customPromisifyArgs } = require('internal/util');

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

// --- sizes and syncing -------------------------------------------------------------------------

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

module.exports = {
  open,
  openSync,
  close,
  closeSync,
  read,
  readSync,
  readv,
  readvSync,
  write,
  writeSync,
  writev,
  writevSync,
  ftruncate,
  ftruncateSync,
  truncate,
  truncateSync,
  fsync,
  fsyncSync,
  fdatasync,
  fdatasyncSync,
};
