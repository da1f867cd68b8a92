'use strict';
// util helpers: promisify, callbackify, inherits, deprecate, isDeepStrictEqual, toUSVString,
// styleText, debuglog and their argument errors.
const util = require('util');

const report = (label, fn) => {
  try {
    console.log(label, util.inspect(fn()));
  } catch (err) {
    console.log(label, 'threw', err.name, err.code, err.message);
  }
};

const warnings = [];
process.on('warning', (warning) => {
  warnings.push(`warning: ${warning.name} ${warning.code} ${warning.message}`);
});

// promisify.
function callbackStyle(a, b, cb) { cb(null, a + b); }
function failing(cb) { cb(new Error('failed')); }
function multi(cb) { cb(null, 1, 2); }
const sum = util.promisify(callbackStyle);
console.log(sum.name, sum.length, typeof sum[util.promisify.custom]);
console.log(util.promisify(sum) === sum);
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom');
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
report('promisify(1)', () => util.promisify(1));
const badCustom = () => {};
badCustom[util.promisify.custom] = 'nope';
report('bad custom', () => util.promisify(badCustom));

// callbackify.
async function asyncAdd(a, b) { return a + b; }
async function asyncReject() { throw new Error('rejected'); }
async function asyncFalsy() { throw null; }
const cbAdd = util.callbackify(asyncAdd);
console.log(cbAdd.name, cbAdd.length);
report('callbackify(1)', () => util.callbackify(1));
report('no callback', () => cbAdd(1, 2));

// inherits.
function Base() {}
Base.prototype.hello = function () { return 'hello from base'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
console.log(new Derived().hello(), Derived.super_ === Base, new Derived() instanceof Base);
report('inherits(null)', () => util.inherits(null, Base));
report('inherits(fn, null)', () => util.inherits(Derived, null));
report('inherits(fn, {})', () => util.inherits(Derived, {}));

// isDeepStrictEqual.
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(util.isDeepStrictEqual({ a: 1 }, { a: '1' }));
console.log(util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 2]])), util.isDeepStrictEqual(NaN, NaN));

// toUSVString, stripVTControlCharacters, styleText.
console.log(JSON.stringify(util.toUSVString('ok \ud800 lone \udc00 pair \ud83d\ude00')));
console.log(JSON.stringify(util.styleText(['bold', 'red'], 'styled')));
console.log(JSON.stringify(util.styleText('green', 'plain when not a terminal')));
console.log(JSON.stringify(util.styleText('green', 'forced', { validateStream: false })));
report('styleText bad format', () => util.styleText('not-a-color', 'x'));
report('styleText bad text', () => util.styleText('red', 5));

// debuglog is silent unless NODE_DEBUG names the section.
const debug = util.debuglog('octet-test-section');
console.log(debug.enabled, util.debug === util.debuglog);
debug('not printed %d', 1);

// deprecate: the wrapper works and warns once (per code).
const oldFn = util.deprecate(function oldFn(x) { return x * 2; }, 'oldFn is deprecated', 'DEP_TEST');
const sameCode = util.deprecate(() => 'same', 'same code again', 'DEP_TEST');
const noCode = util.deprecate(() => 'no code', 'no code given');
console.log(oldFn(2), oldFn(3), sameCode(), noCode(), noCode());
console.log(oldFn.name, Object.getPrototypeOf(oldFn) !== Function.prototype);
class OldClass { constructor() { this.made = true; } }
const Deprecated = util.deprecate(OldClass, 'OldClass is deprecated');
console.log(new Deprecated().made, new Deprecated() instanceof Deprecated);
report('deprecate bad code', () => util.deprecate(() => {}, 'msg', 5));

// _extend, inspect/format identity, util.log's shape.
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
console.log(util.inspect === require('util').inspect, typeof util.TextEncoder, typeof util.TextDecoder);

// The async results, in order.
(async () => {
  console.log('sum', await sum(2, 3));
  await util.promisify(failing)().catch((err) => console.log('rejected with', err.message));
  console.log('multi', await util.promisify(multi)());
  console.log('custom', await util.promisify(withCustom)());
  await new Promise((resolve) => cbAdd(4, 5, (err, value) => { console.log('cb', err, value); resolve(); }));
  await new Promise((resolve) => util.callbackify(asyncReject)((err) => {
    console.log('cb error', err.message);
    resolve();
  }));
  await new Promise((resolve) => util.callbackify(asyncFalsy)((err) => {
    console.log('cb falsy', err.code, err.message, err.reason);
    resolve();
  }));
  console.log(warnings.join('\n'));
})();

// System error names come from libuv's table.
console.log(util.getSystemErrorName(-2), util.getSystemErrorName(-13), util.getSystemErrorName(-99999));
console.log(util.getSystemErrorMap().get(-2));
for (const bad of [1, 0, 'x', -1.5]) {
  try {
    util.getSystemErrorName(bad);
  } catch (err) {
    console.log(err.code, err.message);
  }
}

// Abort helpers.
const ac = util.transferableAbortController();
console.log(ac instanceof AbortController, util.transferableAbortSignal(ac.signal) instanceof AbortSignal);
try {
  util.transferableAbortSignal({});
} catch (err) {
  console.log(err.code, err.message);
}
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
ac.abort();
