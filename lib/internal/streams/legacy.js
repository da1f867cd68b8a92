'use strict';

// The pre-streams2 `Stream`: an EventEmitter with a naive pipe() that only
// relays 'data', pauses on a false write() and resumes on 'drain'. Readable
// and Writable inherit from it, so `instanceof Stream` holds for all streams.

const EE = require('events');

function Stream(opts) {
  EE.call(this, opts);
}
Object.setPrototypeOf(Stream.prototype, EE.prototype);
Object.setPrototypeOf(Stream, EE);

Stream.prototype.pipe = function(dest, options) {
  const source = this;
  let didOnEnd = false;

  function ondata(chunk) {
    if (dest.writable && dest.write(chunk) === false && source.pause)
      source.pause();
  }

  function ondrain() {
    if (source.readable && source.resume) source.resume();
  }

  // dest.end() on 'end', or dest.destroy() on an early 'close'; once only.
  function onend() {
    if (didOnEnd) return;
    didOnEnd = true;
    dest.end();
  }

  function onclose() {
    if (didOnEnd) return;
    didOnEnd = true;
    if (typeof dest.destroy === 'function') dest.destroy();
  }

  function onerror(er) {
    cleanup();
    // Without another handler the error would vanish: re-emit it unhandled.
    if (EE.listenerCount(this, 'error') === 0) this.emit('error', er);
  }

  function cleanup() {
    source.removeListener('data', ondata);
    dest.removeListener('drain', ondrain);
    source.removeListener('end', onend);
    source.removeListener('close', onclose);
    source.removeListener('error', onerror);
    dest.removeListener('error', onerror);
    source.removeListener('end', cleanup);
    source.removeListener('close', cleanup);
    dest.removeListener('close', cleanup);
  }

  source.on('data', ondata);
  dest.on('drain', ondrain);
  if (!dest._isStdio && (!options || options.end !== false)) {
    source.on('end', onend);
    source.on('close', onclose);
  }
  prependListener(source, 'error', onerror);
  prependListener(dest, 'error', onerror);
  source.on('end', cleanup);
  source.on('close', cleanup);
  dest.on('close', cleanup);
  dest.emit('pipe', source);

  // Allows a.pipe(b).pipe(c).
  return dest;
};

// Streams pre-shape `_events` with undefined slots; those are not names.
Stream.prototype.eventNames = function eventNames() {
  const names = [];
  for (const key of Reflect.ownKeys(this._events)) {
    const value = this._events[key];
    if (typeof value === 'function' || (Array.isArray(value) && value.length > 0))
      names.push(key);
  }
  return names;
};

// prependListener for emitters that may predate it (userland streams).
function prependListener(emitter, event, fn) {
  if (typeof emitter.prependListener === 'function')
    return emitter.prependListener(event, fn);

  if (!emitter._events || !emitter._events[event])
    emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event]))
    emitter._events[event].unshift(fn);
  else
    emitter._events[event] = [fn, emitter._events[event]];
}

module.exports = { Stream, prependListener };
