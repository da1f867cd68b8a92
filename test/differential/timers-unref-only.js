// With only unref'd timers and immediates pending the process exits at once: none of them runs,
// 'beforeExit' and 'exit' still fire.
'use strict';
setImmediate(() => console.log('unref immediate: must not run')).unref();
setTimeout(() => console.log('unref timeout: must not run'), 10).unref();
setInterval(() => console.log('unref interval: must not run'), 1).unref();
let beforeExit = 0;
process.on('beforeExit', () => {
  console.log(`beforeExit ${++beforeExit}`);
});
process.on('exit', (code) => console.log(`exit ${code}`));
