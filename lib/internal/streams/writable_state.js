'use strict';

// WritableState: the per-stream record behind a Writable (and a Duplex's
// writable side), stored as writable_state_bits lays out. The named
// properties are accessors over that layout, for code that reads them by
// name (userland included).

const { Buffer } = require('buffer');
const {
  getHighWaterMark,
  getDefaultHighWaterMark,
} = require('internal/streams/state');
const {
  bitProperty,
  kState,
  kObjectMode,
  kErrorEmitted,
  kAutoDestroy,
  kEmitClose,
  kDestroyed,
  kClosed,
  kCloseEmitted,
  kErrored,
  kConstructed,
} = require('internal/streams/utils');
const {
  nop,
  kErroredValue,
  kDefaultEncodingValue,
  kWriteCbValue,
  kAfterWriteTickInfoValue,
  kBufferedValue,
  kSync,
  kFinalCalled,
  kNeedDrain,
  kEnding,
  kFinished,
  kDecodeStrings,
  kWriting,
  kBufferProcessing,
  kPrefinished,
  kAllBuffers,
  kAllNoop,
  kHasWritable,
  kWritable,
  kDefaultUTF8Encoding,
  kWriteCb,
  kAfterWriteTickInfo,
  kBuffered,
  kEnded,
} = require('internal/streams/writable_state_bits');
const { onwrite, resetBuffer } = require('internal/streams/writable_write');
const { ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;

Object.defineProperties(WritableState.prototype, {
  objectMode: bitProperty(kObjectMode),
  // _final() has been called.
  finalCalled: bitProperty(kFinalCalled),
  // write() returned false; 'drain' is owed.
  needDrain: bitProperty(kNeedDrain),
  // end() is in progress or done.
  ending: bitProperty(kEnding),
  // end() has returned.
  ended: bitProperty(kEnded),
  // 'finish' has been emitted.
  finished: bitProperty(kFinished),
  destroyed: bitProperty(kDestroyed),
  // Strings become Buffers before _write() (core streams may opt out).
  decodeStrings: bitProperty(kDecodeStrings),
  // A _write() is in progress.
  writing: bitProperty(kWriting),
  // Inside the _write() call: its callback must defer what follows.
  sync: bitProperty(kSync),
  // Draining the buffer: callbacks may arrive in the same tick.
  bufferProcessing: bitProperty(kBufferProcessing),
  // False while an async _construct() is pending.
  constructed: bitProperty(kConstructed),
  prefinished: bitProperty(kPrefinished),
  errorEmitted: bitProperty(kErrorEmitted),
  emitClose: bitProperty(kEmitClose),
  autoDestroy: bitProperty(kAutoDestroy),
  // _destroy() has completed.
  closed: bitProperty(kClosed),
  closeEmitted: bitProperty(kCloseEmitted),
  allBuffers: bitProperty(kAllBuffers),
  allNoop: bitProperty(kAllNoop),

  errored: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kErrored) !== 0 ? this[kErroredValue] : null; },
    set(value) {
      if (value) {
        this[kErroredValue] = value;
        this[kState] |= kErrored;
      } else {
        this[kState] &= ~kErrored;
      }
    },
  },

  // undefined (never set), true or false.
  writable: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kHasWritable) !== 0 ? (this[kState] & kWritable) !== 0 : undefined;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasWritable | kWritable);
      } else if (value) {
        this[kState] |= (kHasWritable | kWritable);
      } else {
        this[kState] |= kHasWritable;
        this[kState] &= ~kWritable;
      }
    },
  },

  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue];
    },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },

  // The callback of the write() currently in _write().
  writecb: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kWriteCb) !== 0 ? this[kWriteCbValue] : nop; },
    set(value) {
      if (value) {
        this[kWriteCbValue] = value;
        this[kState] |= kWriteCb;
      } else {
        this[kState] &= ~kWriteCb;
      }
    },
  },

  // Callbacks of synchronously completed writes, batched into one tick.
  afterWriteTickInfo: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kAfterWriteTickInfo) !== 0 ? this[kAfterWriteTickInfoValue] : null;
    },
    set(value) {
      if (value) {
        this[kAfterWriteTickInfoValue] = value;
        this[kState] |= kAfterWriteTickInfo;
      } else {
        this[kState] &= ~kAfterWriteTickInfo;
      }
    },
  },

  buffered: {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      this[kBufferedValue] = value;
      if (value) this[kState] |= kBuffered;
      else this[kState] &= ~kBuffered;
    },
  },
});

function WritableState(options, stream, isDuplex) {
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;

  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.writableObjectMode) this[kState] |= kObjectMode;

  // write() returns false from this buffered length on; 0 means always
  // false unless the write completed synchronously.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this[kState] &= ~kDefaultUTF8Encoding;
    this[kDefaultEncodingValue] = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (objects) accepted but not yet completed by _write().
  this.length = 0;
  this.corked = 0;
  this.onwrite = onwrite.bind(undefined, stream);
  // Size of the write in progress.
  this.writelen = 0;
  resetBuffer(this);
  // Writes whose callbacks are pending; 'finish' waits for 0.
  this.pendingcb = 0;
}

WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() {
    return (this[kState] & kBuffered) === 0 ? 0 : this[kBufferedValue].length - this.bufferedIndex;
  },
});

module.exports = { WritableState };
