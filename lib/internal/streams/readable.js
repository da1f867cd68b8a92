'use strict';

// Readable: a buffer filled by the implementation's _read()/push() and
// drained by the consumer, in one of two modes. Flowing mode ('data'
// listeners, resume(), pipe()) emits chunks as they arrive; paused mode
// ('readable' listeners, read()) lets the consumer pull. The timing of each
// event (same tick or process.nextTick) is part of the contract, so the
// state machine follows Node's step for step.
//
// The machinery is split by concern: readable_state (ReadableState and its
// kState bits), readable_push (push, unshift), readable_read (read, 'end'),
// readable_flow (flowing and paused mode, 'readable', read-ahead),
// readable_pipe (pipe, unpipe) and readable_iterator (async iteration).
// This file holds the constructor, destruction, the accessors and the
// static constructors, and assembles Readable.prototype.
//
// Those modules add their methods through add*Methods(Readable), which
// assign `Readable.prototype.x = function ...` rather than export functions:
// as in Node, the methods are then anonymous (name '') and appear as
// Readable.x in stack traces. The calls below keep Node's property order,
// which Object.keys(Readable.prototype) shows.

module.exports = Readable;

const EE = require('events');
const { Stream } = require('internal/streams/legacy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { kState, kOnConstructed } = require('internal/streams/utils');
const {
  ReadableState,
  kNeedReadable,
  kHasFlowing,
  kFlowing,
  kPaused,
} = require('internal/streams/readable_state');
const { addPushMethods } = require('internal/streams/readable_push');
const { addReadMethods, fromList } = require('internal/streams/readable_read');
const { addPipeMethods } = require('internal/streams/readable_pipe');
const { addFlowMethods, maybeReadMore } = require('internal/streams/readable_flow');
const { addIteratorMethods } = require('internal/streams/readable_iterator');
const { AbortError } = require('internal/errors');
const { SymbolAsyncDispose } = require('internal/util');
const { StringDecoder } = require('string_decoder');
const from = require('internal/streams/from');

Readable.ReadableState = ReadableState;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

const { errorOrDestroy } = destroyImpl;

ReadableState.prototype[kOnConstructed] = function onConstructed(stream) {
  if ((this[kState] & kNeedReadable) !== 0) maybeReadMore(stream, this);
};

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  // Pre-shaped so that the hot events do not change the object's shape.
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, false);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      this._readableState[kOnConstructed](this);
    });
  }
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) =>
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null))));
};

addPushMethods(Readable);

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 ||
    (state[kState] & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = new StringDecoder(enc);
  state.decoder = decoder;
  // setEncoding(null) means utf8: take the decoder's normalized name.
  state.encoding = state.decoder.encoding;

  // Data already queued is converted too.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++)
    content += decoder.write(state.buffer[i]);
  state.buffer.length = 0;
  state.bufferIndex = 0;

  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

addReadMethods(Readable);
addPipeMethods(Readable);
addFlowMethods(Readable);

// Adopts an old-style stream (emits 'data' on its own) as the data source.
Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });

  stream.on('end', () => {
    this.push(null);
  });

  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });

  stream.on('close', () => {
    this.destroy();
  });

  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's own methods (filters, duplexes). The first
  // key is skipped, as Node does.
  const streamKeys = Object.keys(stream);
  for (let j = 1; j < streamKeys.length; j++) {
    const i = streamKeys[j];
    if (this[i] === undefined && typeof stream[i] === 'function')
      this[i] = stream[i].bind(stream);
  }

  return this;
};

addIteratorMethods(Readable);

// Non-enumerable, so that userland prototype copying does not pick them up.
Object.defineProperties(Readable.prototype, {
  readable: {
    __proto__: null,
    get() {
      const r = this._readableState;
      // readable === false: a Duplex created with its readable side off.
      return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted &&
        !r.endEmitted;
    },
    set(val) {
      if (this._readableState) this._readableState.readable = !!val;
    },
  },

  readableDidRead: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.dataEmitted;
    },
  },

  readableAborted: {
    __proto__: null,
    enumerable: false,
    get() {
      return !!(
        this._readableState.readable !== false &&
        (this._readableState.destroyed || this._readableState.errored) &&
        !this._readableState.endEmitted
      );
    },
  },

  readableHighWaterMark: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.highWaterMark;
    },
  },

  readableBuffer: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState && this._readableState.buffer;
    },
  },

  readableFlowing: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.flowing;
    },
    set(state) {
      if (this._readableState) this._readableState.flowing = state;
    },
  },

  readableLength: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState.length;
    },
  },

  readableObjectMode: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.objectMode : false;
    },
  },

  readableEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.encoding : null;
    },
  },

  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.errored : null;
    },
  },

  closed: {
    __proto__: null,
    get() {
      return this._readableState ? this._readableState.closed : false;
    },
  },

  destroyed: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.destroyed : false;
    },
    set(value) {
      // Ignored before construction; afterwards the user manages it.
      if (!this._readableState) return;
      this._readableState.destroyed = value;
    },
  },

  readableEnded: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._readableState ? this._readableState.endEmitted : false;
    },
  },
});

// Exposed for tests.
Readable._fromList = fromList;

Readable.from = function(iterable, opts) {
  return from(Readable, iterable, opts);
};

Readable.fromWeb = function(readableStream, options) {
  return lazyWebStreams().newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return lazyWebStreams().newReadableStreamFromStreamReadable(streamReadable, options);
};

// Wraps a legacy stream in a Readable that destroys it along.
Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

let webStreamsAdapters;
function lazyWebStreams() {
  webStreamsAdapters ??= require('internal/webstreams/adapters');
  return webStreamsAdapters;
}
