'use strict';
// fs.ReadStream and fs.WriteStream: file streams over the `stream` module. A ReadStream reads at
// most highWaterMark (64 KiB by default) bytes per _read into a fresh Buffer, so memory stays
// bounded by the consumer's pace; a WriteStream writes each chunk (or a batch, with writev).

const { Readable, Writable, finished } = require('stream');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_STREAM_DESTROYED, ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateFunction, validateInteger } = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  copyObject,
  getOptions,
  getValidatedFd,
  toPathIfFileURL,
  validatePath,
  kEmptyObject,
} = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

function lazyFs() {
  return require('fs');
}

// options.fd may be a number or a FileHandle; a FileHandle's operations go through its fd, and
// closing the stream closes the handle.
function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs || lazyFs();
    return options.fd;
  }
  const { FileHandle } = require('internal/fs/filehandle');
  if (options.fd instanceof FileHandle) {
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOperations(handle);
    handle.on('close', () => stream.destroy());
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function fileHandleOperations(handle) {
  const fs = lazyFs();
  return {
    open: fs.open,
    read: fs.read,
    write: fs.write,
    writev: fs.writev,
    close: (fd, cb) => {
      handle.close().then(() => cb(), cb);
    },
  };
}

// What both streams do with their target: a path is opened later, in _construct, with the file
// system the options name; an fd (or FileHandle) is adopted now. autoClose decides autoDestroy.
function setFileTarget(stream, path, options, defaultFlags) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs || lazyFs();
    validateFunction(stream[kFs].open, 'options.fs.open');
    stream.path = toPathIfFileURL(path);
    stream.flags = options.flags === undefined ? defaultFlags : options.flags;
    stream.mode = options.mode === undefined ? 0o666 : options.mode;
    validatePath(stream.path);
  } else {
    stream.fd = getValidatedFd(importFd(stream, options));
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
}

// Opens the file before the stream's first read/write; emits 'open' and 'ready'.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
    return;
  }
  stream[kFs].close(stream.fd, (closeErr) => cb(closeErr || err));
  stream.fd = null;
}

// A file descriptor must not close under a read or write in flight on the thread pool: wait for
// it (kIoDone) first.
function destroyWhenIdle(err, cb) {
  if (this[kIsPerformingIO]) this.once(kIoDone, (ioErr) => closeStream(this, err || ioErr, cb));
  else closeStream(this, err, cb);
}

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) options.autoDestroy = false;
  setFileTarget(this, path, options, 'r');
  validateFunction(this[kFs].read, 'options.fs.read');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  this.start = options.start;
  this.end = options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === undefined) {
    this.end = Infinity;
  } else if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  get() { return this._readableState.autoDestroy; },
  set(value) { this._readableState.autoDestroy = value; },
  configurable: true,
});

let openWarned = false;
function openDeprecated() {
  if (openWarned) return;
  openWarned = true;
  process.emitWarning('ReadStream.prototype.open() is deprecated', 'DeprecationWarning',
                      'DEP0135');
}
ReadStream.prototype.open = openDeprecated;
ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos, (err, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    // Destroyed meanwhile: let _destroy close the fd now.
    if (this.destroyed) {
      this.emit(kIoDone, err);
      return;
    }
    if (err) {
      errorOrDestroy(this, err);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      if (bytesRead !== data.length) {
        // A short read: copy rather than slice, so a small chunk does not pin a large buffer.
        const exact = Buffer.allocUnsafeSlow(bytesRead);
        data.copy(exact, 0, 0, bytesRead);
        data = exact;
      }
      this.push(data);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyWhenIdle;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  // Strings are turned into Buffers before _write sees them.
  options.decodeStrings = true;
  setFileTarget(this, path, options, 'w');
  if (!this[kFs].write && !this[kFs].writev) {
    throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', this[kFs].write);
  }
  if (this[kFs].write) validateFunction(this[kFs].write, 'options.fs.write');
  if (this[kFs].writev) validateFunction(this[kFs].writev, 'options.fs.writev');
  if (options.autoDestroy) validateFunction(this[kFs].close, 'options.fs.close');
  // Either operation suffices; the stream uses what the file system offers.
  if (!this[kFs].write) this._write = null;
  if (!this[kFs].writev) this._writev = null;
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  get() { return this._writableState.autoDestroy; },
  set(value) { this._writableState.autoDestroy = value; },
  configurable: true,
});

WriteStream.prototype.open = openDeprecated;
WriteStream.prototype._construct = construct;

// Writes until every byte is out; a write that makes no progress five times in a row fails.
function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (err, bytesWritten, buffer) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (this.destroyed || err) return cb(err || new ERR_STREAM_DESTROYED('write'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) cb(new ERR_SYSTEM_ERROR('write failed'));
    else if (size) writeAll.call(this, buffer.slice(bytesWritten), size, pos, cb, retries);
    else cb();
  });
}

function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos, (err, bytesWritten, buffers) => {
    if (err?.code === 'EAGAIN') {
      err = null;
      bytesWritten = 0;
    }
    if (this.destroyed || err) return cb(err || new ERR_STREAM_DESTROYED('writev'));
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) {
      cb(new ERR_SYSTEM_ERROR('writev failed'));
    } else if (size) {
      // Drop what was written: whole buffers, then the front of a partial one.
      let skip = bytesWritten;
      const rest = [];
      for (const chunk of buffers) {
        if (skip >= chunk.length) {
          skip -= chunk.length;
          continue;
        }
        rest.push(skip > 0 ? chunk.slice(skip) : chunk);
        skip = 0;
      }
      writevAll.call(this, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (err) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIoDone, err);
      return;
    }
    cb(err);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = new Array(data.length);
  let size = 0;
  for (let i = 0; i < data.length; i++) {
    chunks[i] = data[i].chunk;
    size += chunks[i].length;
  }
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (err) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIoDone, err);
      return;
    }
    cb(err);
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = destroyWhenIdle;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose, finishing does not close: destroy once everything is written.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// Files have no half-close; ending is all there is.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
