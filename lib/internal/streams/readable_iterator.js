'use strict';

// A Readable as an async iterable: `for await (const chunk of readable)`
// and readable.iterator({ destroyOnReturn }). Each step pulls with read()
// and, when the buffer is empty, waits for 'readable' or the end of the
// stream; leaving the loop early destroys the stream unless told not to.

const eos = require('internal/streams/end-of-stream');
const destroyImpl = require('internal/streams/destroy');
const { aggregateTwoErrors } = require('internal/errors');
const { validateObject } = require('internal/validators');

const nop = () => {};

// Called once by readable.js (which says why methods are added this way).
function addIteratorMethods(Readable) {
  Readable.prototype[Symbol.asyncIterator] = function() {
    return streamToAsyncIterator(this);
  };

  Readable.prototype.iterator = function(options) {
    if (options !== undefined) validateObject(options, 'options');
    return streamToAsyncIterator(this, options);
  };
}

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function')
    stream = lazyReadable().wrap(stream, { objectMode: true });

  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  // Used both as the 'readable' listener and as the Promise executor.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = eos(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || options?.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// Not required at the top: readable.js requires this module while loading.
function lazyReadable() {
  return require('internal/streams/readable');
}

module.exports = { addIteratorMethods };
