// Timeout and Immediate objects print as node prints them (ids and start times normalized).
'use strict';
const util = require('util');
const show = (x) => util.inspect(x)
  .replace(/\[Symbol\(asyncId\)\]: \d+/, '[Symbol(asyncId)]: ID')
  .replace(/\[Symbol\(triggerId\)\]: \d+/, '[Symbol(triggerId)]: ID');

const t = setTimeout(() => {}, 1000);
t._idleStart = 0;
console.log(show(t));
clearTimeout(t);
console.log(show(t));
const iv = setInterval(function named() {}, 50, 'a', 'b');
iv._idleStart = 0;
console.log(show(iv));
clearInterval(iv);
const imm = setImmediate(() => {}, 1);
console.log(show(imm));
clearImmediate(imm);
console.log(show(imm));
