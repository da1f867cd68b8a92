'use strict';

// stream.addAbortSignal(signal, stream): aborting the signal destroys the
// stream with an AbortError whose cause is the signal's reason.

const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const {
  isNodeStream,
  isWebStream,
  kControllerErrorFunction,
} = require('internal/streams/utils');
const eos = require('internal/streams/end-of-stream');
const { SymbolDispose } = require('internal/util');

let addAbortListener;

// Stricter than validateAbortSignal: the signal is required.
function validateAbortSignal(signal, name) {
  if (typeof signal !== 'object' || !('aborted' in signal))
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
}

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream',
                                   ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || !('aborted' in signal)) return stream;

  const onAbort = isNodeStream(stream) ?
    () => {
      stream.destroy(new AbortError(undefined, { cause: signal.reason }));
    } :
    () => {
      stream[kControllerErrorFunction](new AbortError(undefined, { cause: signal.reason }));
    };

  if (signal.aborted) {
    onAbort();
  } else {
    addAbortListener ??= require('events').addAbortListener;
    const disposable = addAbortListener(signal, onAbort);
    // The listener goes away with the stream.
    eos(stream, disposable[SymbolDispose]);
  }
  return stream;
}

module.exports = {
  addAbortSignal,
  addAbortSignalNoValidate,
};
