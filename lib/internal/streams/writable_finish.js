'use strict';

// How a Writable finishes after end(): once nothing is left to write,
// _final() runs (if the implementation has one), then 'prefinish', then the
// end() callbacks and 'finish'; autoDestroy then destroys the stream (a
// Duplex only once its readable side has ended too).

const { errorOrDestroy } = require('internal/streams/destroy');
const {
  kState,
  kErrorEmitted,
  kAutoDestroy,
  kDestroyed,
  kCloseEmitted,
  kErrored,
  kConstructed,
} = require('internal/streams/utils');
const {
  kOnFinishedValue,
  kSync,
  kFinalCalled,
  kEnding,
  kFinished,
  kWriting,
  kPrefinished,
  kOnFinished,
  kBuffered,
} = require('internal/streams/writable_state_bits');
const { ERR_MULTIPLE_CALLBACK } = require('internal/errors').codes;

// Ending, constructed, nothing pending, and none of: destroyed, finished,
// writing, errored, closing.
function needFinish(state) {
  return (state[kState] & (
    kEnding |
    kDestroyed |
    kConstructed |
    kFinished |
    kWriting |
    kErrorEmitted |
    kCloseEmitted |
    kErrored |
    kBuffered
  )) === (kEnding | kConstructed) && state.length === 0;
}

function onFinish(stream, state, err) {
  if ((state[kState] & kPrefinished) !== 0) {
    // _final's callback called twice.
    errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
  } else if (needFinish(state)) {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
    // 'finish' is always asynchronous relative to _final's callback;
    // existing streams depend on it.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;

  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled | kSync;
    state.pendingcb++;

    try {
      stream._final((err) => onFinish(stream, state, err));
    } catch (err) {
      onFinish(stream, state, err);
    }

    state[kState] &= ~kSync;
  } else {
    state[kState] |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (!needFinish(state)) return;
  prefinish(stream, state);
  if (state.pendingcb !== 0) return;
  if (sync) {
    state.pendingcb++;
    process.nextTick((stream, state) => {
      if (needFinish(state)) finish(stream, state);
      else state.pendingcb--;
    }, stream, state);
  } else if (needFinish(state)) {
    state.pendingcb++;
    finish(stream, state);
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;

  callFinishedCallbacks(state, null);

  stream.emit('finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed only once its readable side has ended too
    // (or was disabled).
    const rState = stream._readableState;
    const autoDestroy = !rState || (
      rState.autoDestroy &&
      (rState.endEmitted || rState.readable === false)
    );
    if (autoDestroy) stream.destroy();
  }
}

function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;

  const onfinishCallbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
}

module.exports = {
  finishMaybe,
  callFinishedCallbacks,
};
