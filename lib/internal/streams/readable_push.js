'use strict';

// The producer's side of a Readable: push() and unshift() validate a chunk,
// convert it to what the queue holds (Buffers, or strings once
// setEncoding() has installed a decoder, or any value in object mode), and
// queue it or, when a flowing stream is waiting on an empty queue, emit it
// as 'data' directly. push(null) marks the end of the data.

const { Buffer } = require('buffer');
const { isArrayBufferView } = require('internal/util/types');
const { errorOrDestroy } = require('internal/streams/destroy');
const {
  viewToBuffer,
  kState,
  kObjectMode,
  kDestroyed,
  kErrored,
} = require('internal/streams/utils');
const {
  kDecoderValue,
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
  kDataListening,
} = require('internal/streams/readable_state');
const {
  emitReadable,
  emitReadable_,
  maybeReadMore,
} = require('internal/streams/readable_flow');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
} = require('internal/errors').codes;

// Called once by readable.js (which says why methods are added this way).
function addPushMethods(Readable) {
  // Adds a chunk to the read queue (null signals EOF). Returns whether more
  // may be pushed before reaching the high water mark.
  Readable.prototype.push = function(chunk, encoding) {
    const state = this._readableState;
    return (state[kState] & kObjectMode) === 0 ?
      pushByteMode(this, state, chunk, encoding) :
      pushObjectMode(this, state, chunk);
  };

  // Puts data back at the front of the queue (a parser that read too far).
  Readable.prototype.unshift = function(chunk, encoding) {
    const state = this._readableState;
    return (state[kState] & kObjectMode) === 0 ?
      unshiftByteMode(this, state, chunk, encoding) :
      unshiftObjectMode(this, state, chunk);
  };
}

function invalidChunk(stream, chunk) {
  errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
    'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
}

function unshiftByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // With setEncoding() active the queue holds strings in that encoding.
      chunk = state.encoding ?
        Buffer.from(chunk, encoding).toString(state.encoding) :
        Buffer.from(chunk, encoding);
    }
  } else if (isArrayBufferView(chunk)) {
    chunk = viewToBuffer(chunk);
  } else if (chunk !== undefined && !(chunk instanceof Buffer)) {
    invalidChunk(stream, chunk);
    return false;
  }

  if (!(chunk && chunk.length > 0)) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if ((state[kState] & kEndEmitted) !== 0)
    errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  else if ((state[kState] & (kDestroyed | kErrored)) !== 0)
    return false;
  else
    addChunk(stream, state, chunk, true);
  return canPushMore(state);
}

function pushByteMode(stream, state, chunk, encoding) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }

  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = Buffer.from(chunk, encoding);
      encoding = '';
    }
  } else if (chunk instanceof Buffer) {
    encoding = '';
  } else if (isArrayBufferView(chunk)) {
    chunk = viewToBuffer(chunk);
    encoding = '';
  } else if (chunk !== undefined) {
    invalidChunk(stream, chunk);
    return false;
  }

  if (!chunk || chunk.length <= 0) {
    // An empty push ends the pending read without adding data.
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
    return canPushMore(state);
  }

  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }

  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;

  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0 && !encoding) {
    chunk = state[kDecoderValue].write(chunk);
    if (chunk.length === 0) {
      // Only part of a character arrived.
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }

  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

function pushObjectMode(stream, state, chunk) {
  if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
    return false;
  }

  if ((state[kState] & kEnded) !== 0) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }

  if ((state[kState] & (kDestroyed | kErrored)) !== 0) return false;

  state[kState] &= ~kReading;
  if ((state[kState] & kDecoder) !== 0) chunk = state[kDecoderValue].write(chunk);

  addChunk(stream, state, chunk, false);
  return canPushMore(state);
}

// Below the high water mark, or empty (so a 0 hwm still makes progress).
function canPushMore(state) {
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if ((state[kState] & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) &&
      state.length === 0) {
    // Flowing with an empty queue and pushed asynchronously: hand the chunk
    // straight to 'data' listeners.
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;

    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (addToFront) {
      if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
      else state.buffer.unshift(chunk);
    } else {
      state.buffer.push(chunk);
    }

    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  const decoder = (state[kState] & kDecoder) !== 0 ? state[kDecoderValue] : null;
  if (decoder) {
    const chunk = decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;

  if ((state[kState] & kSync) !== 0) {
    // Inside _read(): defer, or flow() could re-enter read().
    emitReadable(stream);
  } else {
    // Synchronous on purpose: parsers in the ecosystem rely on it.
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadable_(stream);
  }
}

module.exports = { addPushMethods };
