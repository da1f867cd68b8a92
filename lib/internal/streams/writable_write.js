'use strict';

// The write path of a Writable: write() and end(chunk) validate a chunk and
// either hand it to the implementation's _write() or, while a write is in
// progress (or corked, errored, constructing), queue it. Each _write()
// completion (onwrite) calls the write's callback, emits 'drain' when a
// write() had returned false, and writes the next queued chunks, through
// _writev() in one batch when the implementation has it. When the last
// write completes after end(), finishing takes over (writable_finish).

const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  viewToBuffer,
  kState,
  kObjectMode,
  kDestroyed,
  kErrored,
  kConstructed,
} = require('internal/streams/utils');
const {
  nop,
  kOnFinishedValue,
  kErroredValue,
  kWriteCbValue,
  kAfterWriteTickInfoValue,
  kBufferedValue,
  kSync,
  kNeedDrain,
  kEnding,
  kFinished,
  kDecodeStrings,
  kWriting,
  kBufferProcessing,
  kAllBuffers,
  kAllNoop,
  kOnFinished,
  kCorked,
  kDefaultUTF8Encoding,
  kWriteCb,
  kExpectWriteCb,
  kAfterWriteTickInfo,
  kAfterWritePending,
  kBuffered,
  kEnded,
} = require('internal/streams/writable_state_bits');
const {
  finishMaybe,
  callFinishedCallbacks,
} = require('internal/streams/writable_finish');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = require('internal/errors').codes;

// Called once by writable.js (which says why methods are added this way).
function addWriteMethods(Writable) {
  Writable.prototype.write = function(chunk, encoding, cb) {
    if (encoding != null && typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }
    return _write(this, chunk, encoding, cb) === true;
  };

  Writable.prototype.cork = function() {
    const state = this._writableState;
    state[kState] |= kCorked;
    state.corked++;
  };

  Writable.prototype.uncork = function() {
    const state = this._writableState;
    if (state.corked) {
      state.corked--;
      if (!state.corked) state[kState] &= ~kCorked;
      if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
    }
  };

  Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
    if (typeof encoding === 'string') encoding = encoding.toLowerCase();
    if (!Buffer.isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
    this._writableState.defaultEncoding = encoding;
    return this;
  };

  Writable.prototype._write = function(chunk, encoding, cb) {
    if (this._writev) {
      this._writev([{ chunk, encoding }], cb);
    } else {
      throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
    }
  };

  Writable.prototype._writev = null;

  Writable.prototype.end = function(chunk, encoding, cb) {
    const state = this._writableState;

    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = null;
      encoding = null;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = null;
    }

    let err;

    if (chunk != null) {
      const ret = _write(this, chunk, encoding);
      if (ret instanceof Error) err = ret;
    }

    // end() uncorks fully.
    if ((state[kState] & kCorked) !== 0) {
      state.corked = 1;
      this.uncork();
    }

    if (err) {
      // The write failed; its error is reported to cb below.
    } else if ((state[kState] & (kEnding | kErrored)) === 0) {
      // Repeated end() calls are tolerated rather than treated as errors.
      state[kState] |= kEnding;
      finishMaybe(this, state, true);
      state[kState] |= kEnded;
    } else if ((state[kState] & kFinished) !== 0) {
      err = new ERR_STREAM_ALREADY_FINISHED('end');
    } else if ((state[kState] & kDestroyed) !== 0) {
      err = new ERR_STREAM_DESTROYED('end');
    }

    if (typeof cb === 'function') {
      if (err) {
        process.nextTick(cb, err);
      } else if ((state[kState] & kErrored) !== 0) {
        process.nextTick(cb, state[kErroredValue]);
      } else if ((state[kState] & kFinished) !== 0) {
        process.nextTick(cb, null);
      } else {
        state[kState] |= kOnFinished;
        state[kOnFinishedValue] ??= [];
        state[kOnFinishedValue].push(cb);
      }
    }

    return this;
  };
}

// Validates and queues one write; returns true/false as write() does, or
// the error when the write was refused (end() needs to know).
function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (cb == null || typeof cb !== 'function') cb = nop;

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  if ((state[kState] & kObjectMode) === 0) {
    if (!encoding) {
      encoding = (state[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (typeof chunk === 'string') {
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (isArrayBufferView(chunk)) {
      chunk = viewToBuffer(chunk);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  let err;
  if ((state[kState] & kEnding) !== 0) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('write');
  }

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }

  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

// Writes now if possible, else queues behind the write in progress (or
// while corked, errored or constructing).
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;

  state.length += len;

  if ((state[kState] & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    if ((state[kState] & kBuffered) === 0) {
      state[kState] |= kBuffered;
      state[kBufferedValue] = [];
    }

    state[kBufferedValue].push({ chunk, encoding, callback });
    if ((state[kState] & kAllBuffers) !== 0 && encoding !== 'buffer')
      state[kState] &= ~kAllBuffers;
    if ((state[kState] & kAllNoop) !== 0 && callback !== nop)
      state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state[kState] |= kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  // An empty buffer never asks for 'drain' (a synchronous write with hwm 0).
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;

  // False once errored or destroyed, so while (write()) loops stop.
  return ret && (state[kState] & (kDestroyed | kErrored)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWriting | kSync | kExpectWriteCb;
  if ((state[kState] & kDestroyed) !== 0)
    state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev)
    stream._writev(chunk, state.onwrite);
  else
    stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;

  cb(er);
  // Buffered writes fail too, even without autoDestroy.
  errorBuffer(state);
  // The error event always follows the write's callback.
  errorOrDestroy(stream, er);
}

// The callback given to _write()/_writev().
function onwrite(stream, er) {
  const state = stream._writableState;

  if ((state[kState] & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  const sync = (state[kState] & kSync) !== 0;
  const cb = (state[kState] & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;

  state[kState] &= ~(kWriting | kExpectWriteCb | kWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions

    if ((state[kState] & kErrored) === 0) {
      state[kErroredValue] = er;
      state[kState] |= kErrored;
    }

    // A Duplex's readable side learns of the error too.
    if (stream._readableState && !stream._readableState.errored)
      stream._readableState.errored = er;

    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);

  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }

  // Completed inside _write(): callbacks and 'drain' wait for a tick.
  // Note the precedence: `kDestroyed !== 0` is always true, as in Node.
  const needDrain = (state[kState] & kNeedDrain) !== 0 && state.length === 0;
  const needTick = needDrain || (state[kState] & kDestroyed !== 0) || cb !== nop;

  if (cb === nop) {
    if ((state[kState] & kAfterWritePending) === 0 && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state[kState] |= kAfterWritePending;
    } else {
      state.pendingcb--;
      if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else if ((state[kState] & kAfterWriteTickInfo) !== 0 &&
             state[kAfterWriteTickInfoValue].cb === cb) {
    // The same callback again: count it rather than scheduling a tick.
    state[kAfterWriteTickInfoValue].count++;
  } else if (needTick) {
    state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
    process.nextTick(afterWriteTick, state[kAfterWriteTickInfoValue]);
    state[kState] |= (kAfterWritePending | kAfterWriteTickInfo);
  } else {
    state.pendingcb--;
    if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state[kState] &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;

  const needDrain = (state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain &&
    state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);

  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
}

// Fails every buffered write (and end() callbacks) after an error or
// destroy.
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;

  if ((state[kState] & kBuffered) !== 0) {
    for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
      const { chunk, callback } = state[kBufferedValue][n];
      const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
    }
  }

  callFinishedCallbacks(state, state.errored ?? new ERR_STREAM_DESTROYED('end'));

  resetBuffer(state);
}

// Writes out what was buffered: all at once through _writev() when there
// is one and more than one chunk, else one by one while _write() completes
// synchronously.
function clearBuffer(stream, state) {
  // Nothing is written before _construct() has completed.
  if ((state[kState] & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !==
      (kBuffered | kConstructed)) {
    return;
  }

  const objectMode = (state[kState] & kObjectMode) !== 0;
  const { [kBufferedValue]: buffered, bufferedIndex } = state;
  const bufferedLength = buffered.length - bufferedIndex;

  if (!bufferedLength) return;

  let i = bufferedIndex;

  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    // One pending callback stands for the whole batch.
    state.pendingcb -= bufferedLength - 1;

    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    // doWrite mutates `buffered`; copy it when the callback still needs it.
    const chunks = (state[kState] & kAllNoop) !== 0 && i === 0 ?
      buffered : buffered.slice(i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;

    doWrite(stream, state, true, state.length, chunks, '', callback);

    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
  state[kState] &= ~kBuffered;
}

module.exports = {
  addWriteMethods,
  onwrite,
  errorBuffer,
  clearBuffer,
  resetBuffer,
};
