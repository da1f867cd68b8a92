// nextTicks and microtasks run between every timer callback and every immediate; immediates set from
// a timer run before a 0 ms timeout set there; an immediate set from an immediate waits for the
// next loop iteration; lists of different durations fire in expiry order.
const log = [];

function phase(name, next) {
  log.push(`-- ${name}`);
  next();
}

phase('between timers', () => {
  setTimeout(() => {
    log.push('timer A');
    process.nextTick(() => log.push('tick from A'));
    Promise.resolve().then(() => log.push('promise from A'));
  }, 0);
  setTimeout(() => {
    log.push('timer B');
    queueMicrotask(() => log.push('microtask from B'));
    setTimeout(inTimer, 0);
  }, 0);
});

function inTimer() {
  phase('inside a timer', () => {
    setTimeout(() => {
      log.push('timeout 0 from timer');
      betweenImmediates();
    }, 0);
    setImmediate(() => log.push('immediate from timer'));
    process.nextTick(() => log.push('tick from timer'));
  });
}

function betweenImmediates() {
  phase('between immediates', () => {
    setImmediate(() => {
      log.push('immediate A');
      process.nextTick(() => log.push('tick from immediate A'));
      Promise.resolve().then(() => log.push('promise from immediate A'));
      setImmediate(() => {
        log.push('immediate C (next iteration)');
        durations();
      });
    });
    setImmediate((x, y) => log.push(`immediate B ${x} ${y}`), 1, 2);
  });
}

function durations() {
  phase('durations', () => {
    setTimeout(() => log.push('50 ms'), 50);
    setTimeout(() => log.push('1 ms (first)'), 1);
    setTimeout(() => log.push('20 ms'), 20);
    setTimeout(() => log.push('0 ms is 1 ms (second)'), 0);
    setTimeout(() => {
      log.push('60 ms');
      clears();
    }, 60);
  });
}

function clears() {
  phase('clears', () => {
    let later;
    setTimeout(() => {
      log.push('clears a later timer of the same list');
      clearTimeout(later);
    }, 5);
    later = setTimeout(() => log.push('cleared: must not run'), 5);
    setTimeout(() => {
      log.push('after the cleared timer');
      intervals();
    }, 5);
    const imm = setImmediate(() => log.push('cleared immediate: must not run'));
    setImmediate(() => log.push('immediate after a cleared one'));
    clearImmediate(imm);
  });
}

function intervals() {
  phase('intervals', () => {
    let n = 0;
    const iv = setInterval(() => {
      log.push(`interval ${++n}`);
      if (n === 3) {
        clearInterval(iv);
        setTimeout(promises, 1);
      }
    }, 2);
  });
}

function promises() {
  phase('timers/promises', async () => {
    const tp = require('timers/promises');
    log.push(`setTimeout value: ${await tp.setTimeout(1, 'v1')}`);
    log.push(`setImmediate value: ${await tp.setImmediate('v2')}`);
    let n = 0;
    for await (const v of tp.setInterval(1, 'tick')) {
      log.push(`setInterval ${v} ${++n}`);
      if (n === 3) break;
    }
    log.push('after setInterval loop');
  });
}

process.on('exit', () => console.log(log.join('\n')));
