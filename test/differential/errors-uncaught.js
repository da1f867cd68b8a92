// Uncaught exceptions: 'uncaughtException' listeners get the error and the script goes on.
process.on('uncaughtException', (err, origin) => {
  console.log('caught', err.message, origin);
});
process.nextTick(() => {
  throw new Error('from a tick');
});
Promise.resolve().then(() => console.log('microtask still runs'));
process.on('exit', (code) => console.log('exit', code));
throw new Error('from main');
