// process.exit(n) stops right away: later code, ticks and microtasks do not run; 'exit' does.
process.on('exit', (code) => console.log('exit event', code));
process.nextTick(() => console.log('tick never runs'));
Promise.resolve().then(() => console.log('microtask never runs'));
console.log('before exit');
process.exit(4);
console.log('after exit never prints');
