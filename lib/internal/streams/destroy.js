'use strict';

// Destruction and asynchronous construction, shared by both stream sides.
// A Duplex has two states; each flag is set on both, and the writable side
// answers questions when there is one.

const {
  AbortError,
  aggregateTwoErrors,
  codes: {
    ERR_MULTIPLE_CALLBACK,
  },
} = require('internal/errors');
const {
  kIsDestroyed,
  isDestroyed,
  isFinished,
  isServerRequest,
  kState,
  kErrorEmitted,
  kEmitClose,
  kClosed,
  kCloseEmitted,
  kConstructed,
  kDestroyed,
  kAutoDestroy,
  kErrored,
} = require('internal/streams/utils');

// Emitted on the stream itself to sequence construction and destruction.
const kDestroy = Symbol('kDestroy');
const kConstruct = Symbol('kConstruct');

function hasBit(state, bit) {
  return state !== undefined && state !== null && (state[kState] & bit) !== 0;
}

function setBit(w, r, bit) {
  if (w) w[kState] |= bit;
  if (r) r[kState] |= bit;
}

// Records the first error on each side.
function checkError(err, w, r) {
  if (!err) return;
  // Reading the stack now stops V8 from keeping the whole frame alive.
  err.stack; // eslint-disable-line no-unused-expressions
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

// stream.destroy([err][, cb]); the callback form is legacy and undocumented.
function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;

  if (hasBit(w, kDestroyed) || hasBit(r, kDestroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }

  // Marked first so that destroy() re-entered from callbacks is a no-op.
  checkError(err, w, r);
  setBit(w, r, kDestroyed);

  if ((s[kState] & kConstructed) === 0) {
    // _destroy waits for _construct to finish.
    this.once(kDestroy, function(er) {
      _destroy(this, aggregateTwoErrors(er, err), cb);
    });
  } else {
    _destroy(this, err, cb);
  }
  return this;
}

function _destroy(self, err, cb) {
  let called = false;

  function onDestroy(err) {
    if (called) return;
    called = true;

    const r = self._readableState;
    const w = self._writableState;
    checkError(err, w, r);
    setBit(w, r, kClosed);

    if (typeof cb === 'function') cb(err);

    if (err) process.nextTick(emitErrorCloseNT, self, err);
    else process.nextTick(emitCloseNT, self);
  }

  try {
    self._destroy(err || null, onDestroy);
  } catch (err) {
    onDestroy(err);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  setBit(w, r, kCloseEmitted);
  if (hasBit(w, kEmitClose) || hasBit(r, kEmitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if (hasBit(w, kErrorEmitted) || hasBit(r, kErrorEmitted)) return;
  setBit(w, r, kErrorEmitted);
  self.emit('error', err);
}

// Makes a destroyed stream usable again (sockets reconnecting). A side that
// was disabled at construction stays ended.
function undestroy() {
  const r = this._readableState;
  const w = this._writableState;

  if (r) {
    r.constructed = true;
    r.closed = false;
    r.closeEmitted = false;
    r.destroyed = false;
    r.errored = null;
    r.errorEmitted = false;
    r.reading = false;
    r.ended = r.readable === false;
    r.endEmitted = r.readable === false;
  }

  if (w) {
    w.constructed = true;
    w.destroyed = false;
    w.closed = false;
    w.closeEmitted = false;
    w.errored = null;
    w.errorEmitted = false;
    w.finalCalled = false;
    w.prefinished = false;
    w.ended = w.writable === false;
    w.ending = w.writable === false;
    w.finished = w.writable === false;
  }
}

// Destroys with `err` when autoDestroy is on; otherwise records the error
// and emits it (on the next tick when `sync`, so it follows callbacks).
function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;

  if ((w && (w[kState] ? (w[kState] & kDestroyed) !== 0 : w.destroyed)) ||
      (r && (r[kState] ? (r[kState] & kDestroyed) !== 0 : r.destroyed))) {
    return this;
  }

  if (hasBit(r, kAutoDestroy) || hasBit(w, kAutoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    err.stack; // eslint-disable-line no-unused-expressions
    if (w && (w[kState] & kErrored) === 0) w.errored = err;
    if (r && (r[kState] & kErrored) === 0) r.errored = err;
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs stream._construct on the next tick; `cb` runs once it succeeded.
// Duplex calls this from both sides' constructors but constructs once.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;

  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r[kState] &= ~kConstructed;
  if (w) w[kState] &= ~kConstructed;

  stream.once(kConstruct, cb);
  if (stream.listenerCount(kConstruct) > 1) return;

  process.nextTick(constructNT, stream);
}

function constructNT(stream) {
  let called = false;

  function onConstruct(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;

    const r = stream._readableState;
    const w = stream._writableState;
    const s = w || r;
    setBit(w, r, kConstructed);

    if (s.destroyed) stream.emit(kDestroy, err);
    else if (err) errorOrDestroy(stream, err, true);
    else stream.emit(kConstruct);
  }

  try {
    stream._construct((err) => {
      process.nextTick(onConstruct, err);
    });
  } catch (err) {
    process.nextTick(onConstruct, err);
  }
}

function isRequest(stream) {
  return stream?.setHeader && typeof stream.abort === 'function';
}

function emitCloseLegacy(stream) {
  stream.emit('close');
}

function emitErrorCloseLegacy(stream, err) {
  stream.emit('error', err);
  process.nextTick(emitCloseLegacy, stream);
}

// Destroys any stream-like object, core or legacy; an unfinished stream
// destroyed without an error gets an AbortError.
function destroyer(stream, err) {
  if (!stream || isDestroyed(stream)) return;

  if (!err && !isFinished(stream)) err = new AbortError();

  if (isServerRequest(stream)) {
    stream.socket = null;
    stream.destroy(err);
  } else if (isRequest(stream)) {
    stream.abort();
  } else if (isRequest(stream.req)) {
    stream.req.abort();
  } else if (typeof stream.destroy === 'function') {
    stream.destroy(err);
  } else if (typeof stream.close === 'function') {
    stream.close();
  } else if (err) {
    process.nextTick(emitErrorCloseLegacy, stream, err);
  } else {
    process.nextTick(emitCloseLegacy, stream);
  }

  if (!stream.destroyed) stream[kIsDestroyed] = true;
}

module.exports = {
  construct,
  destroyer,
  destroy,
  undestroy,
  errorOrDestroy,
};
