'use strict';
// Inspecting never runs user code it does not have to: no proxy traps, no getters unless asked,
// iterators are previewed without being advanced, and custom inspectors get node's arguments.
const assert = require('assert');
const util = require('util');

let trapped = 0;
const traps = {};
for (const name of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf', 'apply']) {
  traps[name] = (...args) => {
    trapped++;
    return Reflect[name](...args);
  };
}
const proxy = new Proxy({ visible: 1 }, traps);
assert.strictEqual(util.inspect(proxy), '{ visible: 1 }');
assert.ok(util.inspect(proxy, { showProxy: true }).startsWith('Proxy [\n  { visible: 1 },\n  {\n    get: [Function (anonymous)],'));
assert.strictEqual(util.format('%s %o %O', proxy, proxy, proxy).length > 0, true);
assert.strictEqual(trapped, 0);

let getterRuns = 0;
const withGetter = { get value() { getterRuns++; return 42; } };
assert.strictEqual(util.inspect(withGetter), '{ value: [Getter] }');
assert.strictEqual(getterRuns, 0);
assert.strictEqual(util.inspect(withGetter, { getters: true }), '{ value: [Getter: 42] }');
assert.strictEqual(getterRuns, 1);

const map = new Map([['a', 1], ['b', 2]]);
const iterator = map.entries();
assert.strictEqual(util.inspect(iterator), "[Map Entries] { [ 'a', 1 ], [ 'b', 2 ] }");
assert.deepStrictEqual(iterator.next().value, ['a', 1]);
assert.strictEqual(util.inspect(iterator), "[Map Entries] { [ 'b', 2 ] }");

// Custom inspectors: (depth, options, inspect), `this` is the value (or its proxy).
let seen;
const custom = {
  [util.inspect.custom](depth, options, inspect) {
    seen = { self: this, depth, options, inspect };
    return 'custom';
  },
};
assert.strictEqual(util.inspect({ a: custom }, { depth: 5, userFlag: true }), '{ a: custom }');
assert.strictEqual(seen.self, custom);
assert.strictEqual(seen.depth, 4);
assert.strictEqual(seen.inspect, util.inspect);
assert.strictEqual(seen.options.userFlag, true);
assert.strictEqual(seen.options.depth, 5);
assert.strictEqual(typeof seen.options.stylize, 'function');
const proxied = new Proxy(custom, {});
assert.strictEqual(util.inspect(proxied), 'custom');
assert.strictEqual(seen.self, proxied);
assert.strictEqual(Object.getPrototypeOf(seen.options), null);

// Promises report their state without being awaited.
const pending = new Promise(() => {});
assert.strictEqual(util.inspect(pending), 'Promise { <pending> }');
const rejected = Promise.reject(3);
rejected.catch(() => {});
assert.strictEqual(util.inspect(rejected), 'Promise { <rejected> 3 }');

// External values (native pointers) have their own notation; types work on them.
assert.strictEqual(util.types.isExternal({}), false);
