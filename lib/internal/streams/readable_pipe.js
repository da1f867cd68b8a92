'use strict';

// pipe() and unpipe(): a source Readable feeding any number of writable
// destinations. The source pauses when a destination's write() returns
// false and resumes once every such destination has emitted 'drain'; a
// destination that closes, finishes or errors is unpiped.

const { prependListener } = require('internal/streams/legacy');
const { errorOrDestroy } = require('internal/streams/destroy');
const { kState } = require('internal/streams/utils');
const {
  kEndEmitted,
  kMultiAwaitDrain,
  kFlowing,
  kDataListening,
} = require('internal/streams/readable_state');

// Called once by readable.js (which says why methods are added this way).
function addPipeMethods(Readable) {
  Readable.prototype.pipe = function(dest, pipeOpts) {
    const src = this;
    const state = this._readableState;

    if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
      // A second destination: track awaited drains in a Set from now on.
      state[kState] |= kMultiAwaitDrain;
      state.awaitDrainWriters = new Set(
        state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
    }

    state.pipes.push(dest);

    const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
      dest !== process.stdout &&
      dest !== process.stderr;

    const endFn = doEnd ? onend : unpipe;
    if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
    else src.once('end', endFn);

    dest.on('unpipe', onunpipe);
    function onunpipe(readable, unpipeInfo) {
      if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
        unpipeInfo.hasUnpiped = true;
        cleanup();
      }
    }

    function onend() {
      dest.end();
    }

    let ondrain;
    let cleanedUp = false;
    function cleanup() {
      dest.removeListener('close', onclose);
      dest.removeListener('finish', onfinish);
      if (ondrain) dest.removeListener('drain', ondrain);
      dest.removeListener('error', onerror);
      dest.removeListener('unpipe', onunpipe);
      src.removeListener('end', onend);
      src.removeListener('end', unpipe);
      src.removeListener('data', ondata);

      cleanedUp = true;

      // If we were waiting on this destination's 'drain', it will never
      // come now: act as if it had.
      if (ondrain && state.awaitDrainWriters &&
          (!dest._writableState || dest._writableState.needDrain)) {
        ondrain();
      }
    }

    function pause() {
      // An unpipe() inside dest.write() must not leave the source paused.
      if (!cleanedUp) {
        if (state.pipes.length === 1 && state.pipes[0] === dest) {
          state.awaitDrainWriters = dest;
          state[kState] &= ~kMultiAwaitDrain;
        } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
          state.awaitDrainWriters.add(dest);
        }
        src.pause();
      }
      if (!ondrain) {
        // One persistent listener rather than once() per pause.
        ondrain = pipeOnDrain(src, dest);
        dest.on('drain', ondrain);
      }
    }

    src.on('data', ondata);
    function ondata(chunk) {
      const ret = dest.write(chunk);
      if (ret === false) pause();
    }

    // Stop piping into a destination that errors, without swallowing the
    // error: it is re-emitted if nobody else listens.
    function onerror(er) {
      unpipe();
      dest.removeListener('error', onerror);
      if (dest.listenerCount('error') === 0) {
        const s = dest._writableState || dest._readableState;
        if (s && !s.errorEmitted) {
          // Someone emitted 'error' on the stream by hand.
          errorOrDestroy(dest, er);
        } else {
          dest.emit('error', er);
        }
      }
    }

    // Runs before user 'error' handlers.
    prependListener(dest, 'error', onerror);

    // 'close' or 'finish' unpipes, once.
    function onclose() {
      dest.removeListener('finish', onfinish);
      unpipe();
    }
    dest.once('close', onclose);
    function onfinish() {
      dest.removeListener('close', onclose);
      unpipe();
    }
    dest.once('finish', onfinish);

    function unpipe() {
      src.unpipe(dest);
    }

    dest.emit('pipe', src);

    if (dest.writableNeedDrain === true) {
      pause();
    } else if ((state[kState] & kFlowing) === 0) {
      src.resume();
    }

    return dest;
  };

  Readable.prototype.unpipe = function(dest) {
    const state = this._readableState;
    const unpipeInfo = { hasUnpiped: false };

    if (state.pipes.length === 0) return this;

    if (!dest) {
      const dests = state.pipes;
      state.pipes = [];
      this.pause();
      for (let i = 0; i < dests.length; i++)
        dests[i].emit('unpipe', this, { hasUnpiped: false });
      return this;
    }

    const index = state.pipes.indexOf(dest);
    if (index === -1) return this;

    state.pipes.splice(index, 1);
    if (state.pipes.length === 0) this.pause();

    dest.emit('unpipe', this, unpipeInfo);
    return this;
  };
}

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;

    // Called directly from cleanup() too, so `this` is not trusted.
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if ((state[kState] & kMultiAwaitDrain) !== 0) {
      state.awaitDrainWriters.delete(dest);
    }

    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        (state[kState] & kDataListening) !== 0) {
      src.resume();
    }
  };
}

module.exports = { addPipeMethods };
