'use strict';

// The global console: Console's methods bound to one plain object that writes to
// process.stdout / process.stderr, read when first needed.

const {
  Console,
  kBindProperties,
  kBindStreamsLazy,
} = require('internal/console/constructor');

const globalConsole = { __proto__: {} };

for (const prop of Reflect.ownKeys(Console.prototype)) {
  if (prop === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: prop });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}

globalConsole[kBindStreamsLazy](process);
globalConsole[kBindProperties](true, 'auto');

globalConsole.Console = Console;

// Profiling hooks belong to an inspector, which octet does not have: they exist and do nothing.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = { [name]() {} }[name];
}
globalConsole.context = function context(name) {
  return globalConsole;
};
globalConsole.createTask = function createTask(name) {
  return { run(fn) { return fn(); } };
};

module.exports = globalConsole;
