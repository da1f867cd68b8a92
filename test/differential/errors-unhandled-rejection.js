// An unhandled rejection with an 'unhandledRejection' listener; a handled-later one is not reported.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled', reason.message, promise instanceof Promise);
});
Promise.reject(new Error('nobody catches this'));
const late = Promise.reject(new Error('caught in the same tick'));
late.catch((e) => console.log('caught', e.message));
process.on('exit', (code) => console.log('exit', code));
