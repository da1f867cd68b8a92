'use strict';
// Unhandled promise rejections, node 20's default mode ('throw'): emit 'unhandledRejection', and
// when nobody listens, raise the reason as an uncaught exception.

const binding = internalBinding('process');

const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;

const pending = new Map();  // promise → reason, in rejection order
const handledLater = [];

function onPromiseReject(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    pending.set(promise, reason);
    binding.tickInfo[1] = 1;
  } else if (type === kPromiseHandlerAddedAfterReject) {
    if (!pending.delete(promise)) handledLater.push(promise);
  }
}

// Returns true when it did something that may have queued more ticks.
function processPromiseRejections() {
  let emitted = false;
  while (handledLater.length > 0) {
    const promise = handledLater.shift();
    process.emit('rejectionHandled', promise);
    emitted = true;
  }
  while (pending.size > 0) {
    const [promise, reason] = pending.entries().next().value;
    pending.delete(promise);
    emitted = true;
    if (process.emit('unhandledRejection', reason, promise)) continue;
    let error = reason;
    if (!(reason instanceof Error)) {
      const { codes: { ERR_UNHANDLED_REJECTION } } = require('internal/errors');
      error = ERR_UNHANDLED_REJECTION ? new ERR_UNHANDLED_REJECTION(formatReason(reason)) : reason;
    }
    binding.triggerUncaughtException(error, true);
  }
  return emitted && pending.size > 0;
}

function formatReason(reason) {
  try {
    return require('internal/util/inspect').inspect(reason);
  } catch {
    return String(reason);
  }
}

binding.setCallback('promiseReject', onPromiseReject);

module.exports = { processPromiseRejections };
