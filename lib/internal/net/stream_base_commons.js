'use strict';
// The JS half of a stream handle (src/stream_wrap.h) shared by net.Socket and process.stdin:
// dispatching writes, turning reads into pushed Buffers, and the idle timeout.

const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const { WriteWrap } = internalBinding('stream_wrap');
const { UV_EOF } = internalBinding('uv');
const { ErrnoException } = require('internal/errors');
const { getTimerDuration } = require('internal/timers');
const { validateFunction } = require('internal/validators');
const { setTimeout, clearTimeout } = require('timers');

const kHandle = Symbol('kHandle');
const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kMaybeDestroy = Symbol('kMaybeDestroy');
const kTimeout = Symbol('kTimeout');
// The JS object a native handle belongs to (a Socket, a Server).
const ownerSymbol = Symbol('owner_symbol');

function onWriteComplete(status) {
  const stream = this.handle[ownerSymbol];
  // A write cut short by destroy() (ECANCELED) completes quietly, as in node 20.
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const error = new ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') return this.callback(error);
    return stream.destroy(error);
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite](this);
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.callback = callback;
  return req;
}

// The native write methods return a negative error, or the bytes the write carries; a write that
// could not finish at once is queued (req.async) and completes through onWriteComplete.
function afterWriteDispatched(req, ret, cb) {
  if (ret < 0) return cb(new ErrnoException(ret, 'write', req.error));
  req.bytes = ret;
  if (!req.async && typeof req.callback === 'function') req.callback();
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const handle = req.handle;
  let ret;
  switch (encoding) {
    case 'buffer':
      ret = handle.writeBuffer(req, data);
      break;
    case 'latin1':
    case 'binary':
      ret = handle.writeLatin1String(req, data);
      break;
    case 'utf8':
    case 'utf-8':
      ret = handle.writeUtf8String(req, data);
      break;
    case 'ascii':
      ret = handle.writeAsciiString(req, data);
      break;
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      ret = handle.writeUcs2String(req, data);
      break;
    default:
      ret = handle.writeBuffer(req, Buffer.from(data, encoding));
      break;
  }
  afterWriteDispatched(req, ret, cb);
  return req;
}

// data: the Writable's buffered entries ({ chunk, encoding }), flagged allBuffers when no chunk is
// a string. Strings are encoded here so the native side only ever gathers views.
function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const chunks = new Array(data.length);
  for (let i = 0; i < data.length; i++) {
    const { chunk, encoding } = data[i];
    chunks[i] = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
  }
  const ret = req.handle.writev(req, chunks);
  afterWriteDispatched(req, ret, cb);
  return req;
}

// handle.onread(nread, arrayBuffer): nread > 0 bytes in a fresh ArrayBuffer of that size, or a
// negative libuv error (UV_EOF at the end).
function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = this[ownerSymbol];
  stream[kUpdateTimer]();

  if (nread > 0) {
    if (stream.destroyed) return;
    if (!stream.push(new FastBuffer(arrayBuffer, 0, nread))) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(new ErrnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;

  if (nread !== UV_EOF) {
    stream.destroy(new ErrnoException(nread, 'read'));
    return;
  }

  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    // Push the end before anything that may destroy, so 'end' comes before 'close'.
    stream.push(null);
    stream.read(0);
  }
}

function onStreamTimeout() {
  this._onTimeout();
}

// socket.setTimeout(msecs[, callback]): 'timeout' after msecs without activity (0 disables).
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  msecs = getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    const timer = setTimeout(onStreamTimeout.bind(this), msecs);
    timer.unref();
    this[kTimeout] = timer;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

module.exports = {
  kAfterAsyncWrite,
  kHandle,
  kMaybeDestroy,
  kTimeout,
  kUpdateTimer,
  onStreamRead,
  ownerSymbol,
  setStreamTimeout,
  writeGeneric,
  writevGeneric,
};
