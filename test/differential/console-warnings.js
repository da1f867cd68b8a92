'use strict';
// console misuse is reported through process warnings, not exceptions.
process.on('warning', (warning) => {
  console.log(`warning: ${warning.name}: ${warning.message}`);
});

console.countReset('never counted');
console.timeEnd('never started');
console.timeLog('never started either');
console.time('twice');
console.time('twice');
console.countReset();
console.count();
console.countReset();
console.count();
console.log('synchronous part done');
