// Inside an I/O callback (poll phase) a setImmediate runs before a 0 ms setTimeout; nextTicks and
// promise microtasks run right after each I/O callback, before the next one; the promise API
// resolves in the same phase order.
'use strict';
const fs = require('fs');
const log = [];

fs.stat(__filename, () => {
  log.push('stat callback');
  setTimeout(() => {
    log.push('timeout 0 from I/O');
    readThenTimers();
  }, 0);
  setImmediate(() => {
    log.push('immediate from I/O');
    process.nextTick(() => log.push('tick from immediate'));
  });
  process.nextTick(() => log.push('tick from I/O'));
  Promise.resolve().then(() => log.push('promise from I/O'));
  queueMicrotask(() => log.push('microtask from I/O'));
});

function readThenTimers() {
  fs.readFile(__filename, () => {
    log.push('readFile callback');
    setImmediate(() => log.push('immediate 1'));
    setTimeout(() => {
      log.push('timeout from readFile');
      nested();
    }, 0);
    setImmediate(() => log.push('immediate 2'));
  });
}

function nested() {
  // Two reads in flight at once (either may finish first): the ticks queued by whichever
  // callback runs first have run before the other callback starts.
  let left = 2;
  let pendingTick = null;
  for (const name of ['first', 'second']) {
    fs.readFile(__filename, () => {
      if (left === 1) log.push(`earlier callback's tick ran first: ${pendingTick === null}`);
      pendingTick = name;
      process.nextTick(() => { pendingTick = null; });
      if (--left === 0) promises();
    });
  }
}

function promises() {
  fs.promises.stat(__filename).then(() => {
    log.push('promise stat resolved');
    setTimeout(() => log.push('timeout after promise stat'), 0);
    setImmediate(() => log.push('immediate after promise stat'));
  });
}

process.on('exit', () => console.log(log.join('\n')));
