'use strict';

// ReadableState: the per-stream record behind a Readable (and a Duplex's
// readable side). Flags are bits of one integer, `kState`, so that the read
// path can test several in one comparison; a few values sit under symbols
// whose bit says whether they are set. The named properties are accessors
// over that layout, for code that reads them by name (userland included).

const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
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
const { ERR_UNKNOWN_ENCODING } = require('internal/errors').codes;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

// Readable-only bits of kState (bits 0-8 are shared, see streams/utils).
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
const kDataListening = 1 << 27;

// A bit that says whether the value stored under `key` is meaningful.
function valueProperty(bit, key, absent) {
  return {
    __proto__: null,
    enumerable: false,
    get() { return (this[kState] & bit) !== 0 ? this[key] : absent; },
    set(value) {
      if (value) {
        this[key] = value;
        this[kState] |= bit;
      } else {
        this[kState] &= ~bit;
      }
    },
  };
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: bitProperty(kObjectMode),
  ended: bitProperty(kEnded),
  endEmitted: bitProperty(kEndEmitted),
  reading: bitProperty(kReading),
  // False while an async _construct() is pending.
  constructed: bitProperty(kConstructed),
  // Whether push() happens inside the _read() call (events must then wait
  // a tick). True initially: nothing should happen before the first read.
  sync: bitProperty(kSync),
  // A 'readable' event is owed once data arrives.
  needReadable: bitProperty(kNeedReadable),
  emittedReadable: bitProperty(kEmittedReadable),
  readableListening: bitProperty(kReadableListening),
  resumeScheduled: bitProperty(kResumeScheduled),
  errorEmitted: bitProperty(kErrorEmitted),
  emitClose: bitProperty(kEmitClose),
  autoDestroy: bitProperty(kAutoDestroy),
  destroyed: bitProperty(kDestroyed),
  // _destroy() has completed.
  closed: bitProperty(kClosed),
  closeEmitted: bitProperty(kCloseEmitted),
  multiAwaitDrain: bitProperty(kMultiAwaitDrain),
  // A maybeReadMore() is scheduled.
  readingMore: bitProperty(kReadingMore),
  dataEmitted: bitProperty(kDataEmitted),
  errored: valueProperty(kErrored, kErroredValue, null),
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kDefaultUTF8Encoding) !== 0 ?
        'utf8' : this[kDefaultEncodingValue];
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
  decoder: valueProperty(kDecoder, kDecoderValue, null),
  encoding: valueProperty(kEncoding, kEncodingValue, null),
  // null (never set), true or false: three states in two bits.
  flowing: {
    __proto__: null,
    enumerable: false,
    get() {
      return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasFlowing | kFlowing);
      } else if (value) {
        this[kState] |= (kHasFlowing | kFlowing);
      } else {
        this[kState] |= kHasFlowing;
        this[kState] &= ~kFlowing;
      }
    },
  },
});

function ReadableState(options, stream, isDuplex) {
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;

  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.readableObjectMode) this[kState] |= kObjectMode;

  // Below this many bytes (objects) buffered, _read() is called ahead of
  // demand; 0 means only on demand.
  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Chunks live in buffer[bufferIndex..]; consumed slots are nulled and
  // the array is compacted lazily.
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];

  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options?.defaultEncoding;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (Buffer.isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Piped destinations whose 'drain' we wait for: null, one, or a Set.
  this.awaitDrainWriters = null;

  if (options && options.encoding) {
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  // Legacy.
  pipesCount: {
    __proto__: null,
    get() {
      return this.pipes.length;
    },
  },

  // Legacy.
  paused: {
    __proto__: null,
    get() {
      return (this[kState] & kPaused) !== 0;
    },
    set(value) {
      this[kState] |= kHasPaused;
      if (value) this[kState] |= kPaused;
      else this[kState] &= ~kPaused;
    },
  },
});

module.exports = {
  ReadableState,
  kDecoderValue,
  kEnded,
  kEndEmitted,
  kReading,
  kSync,
  kNeedReadable,
  kEmittedReadable,
  kReadableListening,
  kResumeScheduled,
  kMultiAwaitDrain,
  kReadingMore,
  kDataEmitted,
  kDecoder,
  kHasFlowing,
  kFlowing,
  kHasPaused,
  kPaused,
  kDataListening,
};
