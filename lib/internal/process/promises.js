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
    binding.triggerUncaughtException(
      reason instanceof Error ? reason : unhandledRejectionError(reason), true);
  }
  return emitted && pending.size > 0;
}

// node's wrapper for a rejection whose reason is not an Error.
function unhandledRejectionError(reason) {
  const message = 'This error originated either by throwing inside of an async function without ' +
    'a catch block, or by rejecting a promise which was not handled with .catch(). The promise ' +
    `rejected with the reason "${formatReason(reason)}".`;
  const error = new Error(message);
  error.name = 'UnhandledPromiseRejection';
  error.code = 'ERR_UNHANDLED_REJECTION';
  return error;
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
