'use strict';

// How a WritableState stores its fields: flags as bits of one integer,
// `kState`, so that the write path can test several in one comparison, and
// values under symbols whose bit says whether they are set. Unlike the
// readable side, this layout is kept apart from the state's constructor
// (writable_state): that constructor needs the write path's onwrite, and the
// write path (writable_write) and finishing (writable_finish) need the
// layout, so the layout must depend on neither.

// The callback of writes given none. Compared by identity: the write path
// does not store it, batch it or schedule a tick for it, and state.writecb
// reads as it when unset.
function nop() {}

const kOnFinishedValue = Symbol('kOnFinishedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

// Writable-only bits of kState (bits 0-8 are shared, see streams/utils).
const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kEnded = 1 << 30;

module.exports = {
  nop,
  kOnFinishedValue,
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
  kOnFinished,
  kHasWritable,
  kWritable,
  kCorked,
  kDefaultUTF8Encoding,
  kWriteCb,
  kExpectWriteCb,
  kAfterWriteTickInfo,
  kAfterWritePending,
  kBuffered,
  kEnded,
};
