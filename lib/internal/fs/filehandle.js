'use strict';
// FileHandle (what fs/promises open() gives): an fd with promise methods. Operations count as
// busy while they run, so close() waits for them; a handle dropped without close() is closed
// when it is collected, with node's warnings.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const EventEmitter = require('events');
const {
  AbortError,
  codes: { ERR_FS_FILE_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const {
  kEmptyObject,
  kIoMaxLength,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  kWriteFileMaxChunkSize,
  kMaxUserId,
  isArrayBufferView,
  isFileType,
  parseFileMode,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateStringAfterArrayBufferView,
  getStatsFromBinding,
  S_IFREG,
} = require('internal/fs/utils');
const { promiseCall } = require('internal/fs/req');
const { SymbolAsyncDispose } = require('internal/util');

function lazyPromises() {
  return require('internal/fs/promises').exports;
}

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// A handle dropped without close() is closed when collected, with node's warnings.
const unclosed = new FinalizationRegistry((fd) => {
  const ctx = {};
  binding.close(fd, undefined, ctx);
  process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
  process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
                      'Please close FileHandle objects explicitly using ' +
                      'FileHandle.prototype.close(). In the future, an error will be ' +
                      'thrown if a file descriptor is closed during garbage collection.',
                      'DeprecationWarning', 'DEP0137');
});

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    unclosed.register(this, fd, this);
    // An own property, as in node, so `const { close } = handle` still works.
    this.close = () => this.#close();
  }

  getAsyncId() {
    return this[kFd];
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(lazyPromises().writeFile, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(lazyPromises().readFile, this, options);
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(lazyPromises().writeFile, this, data, options);
  }

  #close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      const fd = this[kFd];
      this[kFd] = -1;
      unclosed.unregister(this);
      this[kClosePromise] = promiseCall('close', undefined, undefined,
                                        (req) => binding.close(fd, req))
        .finally(() => { this[kClosePromise] = undefined; });
    } else {
      // Operations are still running on the fd: close when the last one finishes.
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  }

  async [SymbolAsyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// Runs fn(handle, ...args) with the handle counted as busy, so close() waits for it.
async function fsCall(fn, handle, ...args) {
  if (handle[kFd] === -1) {
    // eslint-disable-next-line no-restricted-syntax
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle[kRefs]++;
    return await fn(handle, ...args);
  } finally {
    handle[kRefs]--;
    if (handle[kRefs] === 0 && handle[kFd] !== -1 && handle[kCloseResolve] !== undefined) {
      const fd = handle[kFd];
      handle[kFd] = -1;
      unclosed.unregister(handle);
      promiseCall('close', undefined, undefined, (req) => binding.close(fd, req))
        .then(handle[kCloseResolve], handle[kCloseReject]);
    }
  }
}

// --- operations on an open FileHandle -------------------------------------------------------

async function fstat(handle, options = { bigint: false }) {
  const stats = await promiseCall('fstat', undefined, undefined,
                                  (req) => binding.fstat(handle.fd, !!options.bigint, req));
  return getStatsFromBinding(stats);
}

async function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return promiseCall('fchmod', undefined, undefined, (req) => binding.fchmod(handle.fd, mode, req));
}

async function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return promiseCall('fchown', undefined, undefined,
                     (req) => binding.fchown(handle.fd, uid, gid, req));
}

async function fdatasync(handle) {
  return promiseCall('fdatasync', undefined, undefined, (req) => binding.fdatasync(handle.fd, req));
}

async function fsync(handle) {
  return promiseCall('fsync', undefined, undefined, (req) => binding.fsync(handle.fd, req));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return promiseCall('ftruncate', undefined, undefined,
                     (req) => binding.ftruncate(handle.fd, len, req));
}

async function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return promiseCall('futime', undefined, undefined,
                     (req) => binding.futimes(handle.fd, atime, mtime, req));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    // read([options])
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    // read(buffer, options)
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  const bytesRead = (await promiseCall('read', undefined, undefined,
    (req) => binding.read(handle.fd, buffer, offset, length, position, req))) || 0;
  return { __proto__: null, bytesRead, buffer };
}

function validateBufferArray(buffers, propName = 'buffers') {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await promiseCall('read', undefined, undefined,
    (req) => binding.readBuffers(handle.fd, buffers, position, req))) || 0;
  return { __proto__: null, bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = (await promiseCall('write', undefined, undefined,
      (req) => binding.writeBuffer(handle.fd, buffer, offset, length, position, req))) || 0;
    return { __proto__: null, bytesWritten, buffer };
  }
  // write(string[, position[, encoding]])
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, length);
  const bytesWritten = (await promiseCall('write', undefined, undefined,
    (req) => binding.writeBuffer(handle.fd, bytes, 0, bytes.length, offset, req))) || 0;
  return { __proto__: null, bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = (await promiseCall('write', undefined, undefined,
    (req) => binding.writeBuffers(handle.fd, buffers, position, req))) || 0;
  return { __proto__: null, bytesWritten, buffers };
}

// Reads what is left of an open file: into one Buffer of its size when the size is known, else
// in 64 KiB chunks.
async function readFileHandle(handle, options) {
  const signal = options?.signal;
  const encoding = options?.encoding;
  checkAborted(signal);
  const stats = await promiseCall('fstat', undefined, undefined,
                                  (req) => binding.fstat(handle.fd, false, req));
  checkAborted(signal);
  const size = isFileType(stats, S_IFREG) ? stats[8] : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const readInto = (buffer, offset, length) => promiseCall('read', undefined, undefined,
    (req) => binding.read(handle.fd, buffer, offset, length, -1, req));
  let data;
  if (size > 0) {
    data = Buffer.allocUnsafeSlow(size);
    let pos = 0;
    while (pos < size) {
      checkAborted(signal);
      const n = await readInto(data, pos, Math.min(kReadFileBufferLength, size - pos));
      if (n === 0) break;
      pos += n;
    }
    if (pos < size) data = data.subarray(0, pos);
  } else {
    const chunks = [];
    let total = 0;
    for (;;) {
      checkAborted(signal);
      const chunk = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      const n = await readInto(chunk, 0, chunk.length);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total += n;
    }
    data = Buffer.concat(chunks, total);
  }
  return encoding ? data.toString(encoding) : data;
}

function isCustomIterable(obj) {
  return obj != null && typeof obj[Symbol.iterator] === 'function' ||
    obj != null && typeof obj[Symbol.asyncIterator] === 'function';
}

// Writes `data` (bytes, a string, or an iterable of them) at the handle's position, 512 KiB at a
// time, checking the signal between chunks.
async function writeFileHandle(handle, data, signal, encoding) {
  checkAborted(signal);
  if (isCustomIterable(data) && typeof data !== 'string' && !isArrayBufferView(data)) {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
      await writeBytes(handle, bytes, signal);
    }
    return;
  }
  await writeBytes(handle, data, signal);
}

async function writeBytes(handle, data, signal) {
  const view = data instanceof Uint8Array ? data :
    new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  let remaining = view.byteLength;
  if (remaining === 0) return;
  let offset = 0;
  do {
    checkAborted(signal);
    const length = Math.min(kWriteFileMaxChunkSize, remaining);
    const written = await promiseCall('write', undefined, undefined,
      (req) => binding.writeBuffer(handle.fd, view, offset, length, null, req));
    remaining -= written;
    offset += written;
  } while (remaining > 0);
}

module.exports = {
  FileHandle,
  checkAborted,
  isCustomIterable,
  readFileHandle,
  writeFileHandle,
};
