// 'exit' and 'beforeExit' order and codes; process.exitCode.
process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
  setTimeout(() => console.log('never runs'), 0);
});
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, rounds);
  if (rounds++ < 2) process.nextTick(() => console.log('tick from beforeExit', rounds));
});
process.exitCode = 3;
console.log('main done');
