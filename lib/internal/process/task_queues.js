'use strict';
// process.nextTick and queueMicrotask, and the tick callback the host runs after every native→JS
// callback: the whole nextTick queue, then the microtasks, repeated until both are empty; then the
// rejections to report.

const binding = internalBinding('process');
const { tickInfo, enqueueMicrotask, runMicrotasks, setCallback } = binding;
const { processPromiseRejections } = require('internal/process/promises');

const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A FIFO of tick records; an array with a moving head avoids shift() costs on long queues.
let queue = [];
let head = 0;

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function nextTick(callback, ...args) {
  validateCallback(callback);
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  queue.push({ callback, args });
}

function runNextTicks() {
  if (!tickInfo[kHasTickScheduled] && !tickInfo[kHasRejectionToWarn]) runMicrotasks();
  if (!tickInfo[kHasTickScheduled] && !tickInfo[kHasRejectionToWarn]) return;
  processTicksAndRejections();
}

function processTicksAndRejections() {
  do {
    while (head < queue.length) {
      const tock = queue[head];
      queue[head++] = undefined;
      if (head === queue.length) {
        queue = [];
        head = 0;
      }
      const { callback, args } = tock;
      if (args.length === 0) callback();
      else callback(...args);
    }
    runMicrotasks();
  } while (head < queue.length || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
    throw new ERR_INVALID_ARG_TYPE('callback', 'function', callback);
  }
  // An exception in a microtask is an uncaught exception, as in node.
  enqueueMicrotask(() => {
    try {
      callback();
    } catch (err) {
      binding.triggerUncaughtException(err, false);
    }
  });
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

setCallback('tick', processTicksAndRejections);

module.exports = { nextTick, queueMicrotask, runNextTicks, setHasRejectionToWarn };
