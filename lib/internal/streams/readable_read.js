'use strict';

// The consumer's side of a Readable: read(n) decides how much it may return,
// asks the implementation's _read() for more when the buffer runs low, and
// takes the data off the queue (fromList). Once the data has ended and the
// queue is empty, 'end' follows; then a Duplex without allowHalfOpen ends
// its writable side, or autoDestroy destroys the stream.

const { Buffer } = require('buffer');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  kState,
  kObjectMode,
  kErrorEmitted,
  kDestroyed,
  kCloseEmitted,
  kErrored,
  kConstructed,
} = require('internal/streams/utils');
const {
  kEnded,
  kEndEmitted,
  kReading,
  kSync,
  kNeedReadable,
  kEmittedReadable,
  kMultiAwaitDrain,
  kDataEmitted,
  kDecoder,
  kFlowing,
} = require('internal/streams/readable_state');
const { emitReadable } = require('internal/streams/readable_flow');
const {
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;

// Called once by readable.js (which says why methods are added this way).
function addReadMethods(Readable) {
  Readable.prototype.read = function(n) {
    if (n === undefined) {
      n = NaN;
    } else if (!Number.isInteger(n)) {
      n = Number.parseInt(n, 10);
    }
    const state = this._readableState;
    const nOrig = n;

    if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

    if (n !== 0) state[kState] &= ~kEmittedReadable;

    // read(0) with enough buffered only needs to announce 'readable'.
    if (n === 0 &&
        (state[kState] & kNeedReadable) !== 0 &&
        ((state.highWaterMark !== 0 ?
          state.length >= state.highWaterMark :
          state.length > 0) ||
         (state[kState] & kEnded) !== 0)) {
      if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
      else emitReadable(this);
      return null;
    }

    n = howMuchToRead(n, state);

    if (n === 0 && (state[kState] & kEnded) !== 0) {
      if (state.length === 0) endReadable(this);
      return null;
    }

    // Decide whether to call _read() before taking data out: a synchronous
    // _read() (a PassThrough) may fill the buffer right now.
    let doRead = (state[kState] & kNeedReadable) !== 0;

    if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;

    // Not while reading, ended, constructing, destroyed or errored.
    if ((state[kState] & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !==
        kConstructed) {
      doRead = false;
    } else if (doRead) {
      state[kState] |= kReading | kSync;
      if (state.length === 0) state[kState] |= kNeedReadable;

      try {
        this._read(state.highWaterMark);
      } catch (err) {
        errorOrDestroy(this, err);
      }
      state[kState] &= ~kSync;

      // A synchronous push() changed what can be returned.
      if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
    }

    let ret = n > 0 ? fromList(n, state) : null;

    if (ret === null) {
      state[kState] |= state.length <= state.highWaterMark ? kNeedReadable : 0;
      n = 0;
    } else {
      state.length -= n;
      if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
      else state.awaitDrainWriters = null;
    }

    if (state.length === 0) {
      // Empty: the next data to arrive deserves a 'readable'.
      if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;

      // Asked for more than was left after EOF: end on the next tick.
      if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
    }

    if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
      state[kState] |= kDataEmitted;
      this.emit('data', ret);
    }

    return ret;
  };

  Readable.prototype._read = function(n) {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
  };
}

// read(n) beyond the high water mark raises it, to the next power of two,
// up to 1 GiB.
const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) may return now: 0 means "not enough yet".
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    // read() without a size: one chunk when flowing, else everything.
    if ((state[kState] & kFlowing) !== 0 && state.length)
      return state.buffer[state.bufferIndex].length;
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

// Takes n bytes (or chars, or one object) off the front of the queue.
function fromList(n, state) {
  if (state.length === 0) return null;

  let idx = state.bufferIndex;
  let ret;
  const buf = state.buffer;
  const len = buf.length;

  if ((state[kState] & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= state.length) {
    // Everything.
    if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 0) {
      ret = Buffer.alloc(0);
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = Buffer.allocUnsafe(state.length);
      let i = 0;
      while (idx < len) {
        ret.set(buf[idx], i);
        i += buf[idx].length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk; slice() works for strings and Buffers.
    ret = buf[idx].slice(0, n);
    buf[idx] = buf[idx].slice(n);
  } else if (n === buf[idx].length) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if ((state[kState] & kDecoder) !== 0) {
    ret = '';
    while (idx < len) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    ret = Buffer.allocUnsafe(n);
    const retLen = n;
    while (idx < len) {
      const data = buf[idx];
      if (n > data.length) {
        ret.set(data, retLen - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, retLen - n);
          buf[idx++] = null;
        } else {
          ret.set(data.subarray(0, n), retLen - n);
          buf[idx] = data.subarray(n);
        }
        break;
      }
    }
  }

  if (idx === len) {
    state.buffer.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    state.buffer.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }

  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & kEndEmitted) === 0) {
    state[kState] |= kEnded;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  // An unshift() may have refilled the queue meanwhile.
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) === 0 &&
      state.length === 0) {
    state[kState] |= kEndEmitted;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A Duplex is destroyed only once its writable side is done too
      // (or was disabled).
      const wState = stream._writableState;
      const autoDestroy = !wState || (
        wState.autoDestroy &&
        (wState.finished || wState.writable === false)
      );
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

module.exports = {
  addReadMethods,
  fromList,
};
