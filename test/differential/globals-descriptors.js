'use strict';
// The globals a script sees: which are enumerable (Object.keys(globalThis), in order), which are
// data properties or getters, and that each can be replaced and deleted as in node 20.
// Left out: `fetch` (octet has no HTTP client), and
// whether `Buffer` and `process` are getters: octet makes them data properties, which optimized
// code loads without a getter call (docs/modules.md).
const absent = new Set(['fetch']);
console.log(Object.keys(globalThis).filter((name) => !absent.has(name)));

const names = [
  'global', 'process', 'console', 'Buffer', 'clearImmediate', 'setImmediate', 'clearInterval',
  'clearTimeout', 'setInterval', 'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa',
  'crypto', 'Blob', 'TextEncoder', 'TextDecoder', 'EventTarget', 'Event', 'CustomEvent',
  'DOMException', 'AbortController', 'AbortSignal',
];
for (const name of names) {
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  const kind = name === 'Buffer' || name === 'process' ? '' : ('value' in d ? 'data' : 'getter');
  console.log(name, kind, `enumerable=${d.enumerable}`, `configurable=${d.configurable}`,
              typeof globalThis[name]);
}

// Assignment replaces, delete removes: the same for data properties and node's getter/setters.
const savedBuffer = Buffer;
globalThis.Buffer = 42;
console.log('assigned', Buffer);
delete globalThis.Buffer;
console.log('deleted', typeof globalThis.Buffer);
globalThis.Buffer = savedBuffer;
console.log('restored', Buffer.from('ok').toString());
const savedTimeout = setTimeout;
setTimeout = 'replaced';  // eslint-disable-line no-global-assign
console.log(setTimeout, typeof globalThis.setTimeout);
globalThis.setTimeout = savedTimeout;
setTimeout(() => console.log('timer after restore'), 1);
