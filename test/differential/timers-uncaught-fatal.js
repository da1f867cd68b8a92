// Without an 'uncaughtException' listener, a throwing timer ends the process with code 1; no later
// timer or immediate runs, but 'exit' listeners do.
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => {
    console.log('timer 1');
    setImmediate(() => console.log('immediate from timer 1: must not run'));
    throw new Error('fatal from a timer');
  }, 1);
  setTimeout(() => console.log('timer 2: must not run'), 1);
});
process.on('exit', (code) => console.log(`exit ${code}`));
