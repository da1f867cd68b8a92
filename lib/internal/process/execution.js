'use strict';
// What happens to an exception nobody caught: 'uncaughtException' listeners, or node's report on
// stderr and exit code 1 (after 'exit' has been emitted).

const binding = internalBinding('process');

function formatError(error) {
  try {
    const { inspect } = require('internal/util/inspect');
    return inspect(error, { customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
  } catch {
    return error instanceof Error && typeof error.stack === 'string' ? error.stack : String(error);
  }
}

// Returns -1 when a listener handled it, else the exit code; the host stops the process then.
function onUncaught(error, fromPromise, arrow) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  const capture = require('internal/process/per_thread').getUncaughtExceptionCaptureCallback();
  if (capture !== null) {
    capture(error);
    return -1;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', error, type);
    return -1;
  }
  process.emit('uncaughtExceptionMonitor', error, type);
  try {
    if (!process._exiting) {
      process._exiting = true;
      process.exitCode = 1;
      process.emit('exit', 1);
    }
  } catch {
    // An exception in an 'exit' listener must not hide the original error.
  }
  const isError = error instanceof Error ||
    (error !== null && typeof error === 'object' && typeof error.stack === 'string');
  // node separates the source arrow from an Error's stack with a blank line, not from a value.
  let report = arrow ? (isError ? `${arrow}\n` : arrow) : '';
  report += formatError(error);
  if (!isError) {
    report += '\n(Use `octet --trace-uncaught ...` to show where the exception was thrown)';
  }
  binding.writeString(2, `${report}\n\noctet v${binding.octetVersion}\n`);
  return process.exitCode | 0 || 1;
}

binding.setCallback('onUncaught', onUncaught);
binding.setCallback('emitBeforeExit', (code) => {
  process.emit('beforeExit', process.exitCode | 0);
});
binding.setCallback('emitExit', () => {
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  return process.exitCode | 0;
});
