'use strict';

// Which mode a Readable is in, and what drives reads in each. Flowing mode
// ('data' listeners, resume(), pipe()) drains the buffer through flow()'s
// read() calls; paused mode ('readable' listeners) announces data with a
// 'readable' event and leaves read() to the consumer. Adding and removing
// listeners switches between them. Also here: the read-ahead that keeps the
// buffer filled up to the high water mark. The tick on which each switch,
// 'readable' and read-ahead happens follows Node's: callers depend on it.

const { Stream } = require('internal/streams/legacy');
const { kState, kDestroyed, kErrored, kConstructed } = require('internal/streams/utils');
const {
  kEnded,
  kEndEmitted,
  kReading,
  kNeedReadable,
  kEmittedReadable,
  kReadableListening,
  kResumeScheduled,
  kReadingMore,
  kHasFlowing,
  kFlowing,
  kHasPaused,
  kPaused,
  kDataListening,
} = require('internal/streams/readable_state');

// Called once by readable.js (which says why methods are added this way).
function addFlowMethods(Readable) {
  // Adding 'data' starts flowing (unless paused explicitly); adding
  // 'readable' switches to paused mode and owes a 'readable' event.
  Readable.prototype.on = function(ev, fn) {
    const res = Stream.prototype.on.call(this, ev, fn);
    const state = this._readableState;

    if (ev === 'data') {
      state[kState] |= kDataListening;
      // Lets resume() below be a no-op while a once('readable') is pending.
      state[kState] |= this.listenerCount('readable') > 0 ? kReadableListening : 0;

      if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) this.resume();
    } else if (ev === 'readable') {
      if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
        state[kState] |= kReadableListening | kNeedReadable | kHasFlowing;
        state[kState] &= ~(kFlowing | kEmittedReadable);
        if (state.length) {
          emitReadable(this);
        } else if ((state[kState] & kReading) === 0) {
          process.nextTick(nReadingNextTick, this);
        }
      }
    }
    return res;
  };
  Readable.prototype.addListener = Readable.prototype.on;

  Readable.prototype.removeListener = function(ev, fn) {
    const state = this._readableState;
    const res = Stream.prototype.removeListener.call(this, ev, fn);

    if (ev === 'readable') {
      // Re-evaluated on the next tick so that once('readable') cycles work:
      // a resume() in the same tick has no effect.
      process.nextTick(updateReadableListening, this);
    } else if (ev === 'data' && this.listenerCount('data') === 0) {
      state[kState] &= ~kDataListening;
    }
    return res;
  };
  Readable.prototype.off = Readable.prototype.removeListener;

  Readable.prototype.removeAllListeners = function(ev) {
    const res = Stream.prototype.removeAllListeners.apply(this, arguments);
    if (ev === 'readable' || ev === undefined)
      process.nextTick(updateReadableListening, this);
    return res;
  };

  Readable.prototype.resume = function() {
    const state = this._readableState;
    if ((state[kState] & kFlowing) === 0) {
      // With 'readable' listeners, resume() is recorded but does not flow.
      state[kState] |= kHasFlowing;
      if ((state[kState] & kReadableListening) === 0) state[kState] |= kFlowing;
      else state[kState] &= ~kFlowing;
      resume(this, state);
    }
    state[kState] |= kHasPaused;
    state[kState] &= ~kPaused;
    return this;
  };

  Readable.prototype.pause = function() {
    const state = this._readableState;
    if ((state[kState] & (kHasFlowing | kFlowing)) !== kHasFlowing) {
      state[kState] |= kHasFlowing;
      state[kState] &= ~kFlowing;
      this.emit('pause');
    }
    state[kState] |= kHasPaused | kPaused;
    return this;
  };
}

function updateReadableListening(self) {
  const state = self._readableState;

  if (self.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;

  if ((state[kState] & (kHasPaused | kPaused | kResumeScheduled)) ===
      (kHasPaused | kResumeScheduled)) {
    // A resume() is pending: it must find the stream flowing.
    state[kState] |= kHasFlowing | kFlowing;
  } else if ((state[kState] & kDataListening) !== 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state[kState] &= ~(kHasFlowing | kFlowing);
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

function resume(stream, state) {
  if ((state[kState] & kResumeScheduled) === 0) {
    state[kState] |= kResumeScheduled;
    process.nextTick(resume_, stream, state);
  }
}

function resume_(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);

  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if ((state[kState] & (kFlowing | kReading)) === kFlowing) stream.read(0);
}

function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// 'readable' goes out on the next tick, at most one pending at a time.
function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }

  // Another 'readable' is owed unless flowing takes care of delivery, the
  // stream has ended, or the buffer is above the high water mark.
  state[kState] |=
    (state[kState] & (kFlowing | kEnded)) === 0 &&
    state.length <= state.highWaterMark ? kNeedReadable : 0;
  flow(stream);
}

// After a read, keep the buffer topped up to the high water mark (or keep
// a flowing stream going) on the next tick.
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    // No data came: stop spinning.
    if (len === state.length) break;
  }
  state[kState] &= ~kReadingMore;
}

module.exports = {
  addFlowMethods,
  emitReadable,
  emitReadable_,
  maybeReadMore,
};
