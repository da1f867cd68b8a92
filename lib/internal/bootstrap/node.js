'use strict';
// Turns the bare context into node's: the `process` object and the globals. Anything costly is
// loaded on first use, so a script pays only for what it touches.

const binding = internalBinding('process');
const EventEmitter = require('events');
const perThread = require('internal/process/per_thread');

// process: an EventEmitter with node's properties.
Object.setPrototypeOf(process, Object.create(EventEmitter.prototype, {
  [Symbol.toStringTag]: { value: 'process', writable: false, enumerable: false, configurable: true },
}));
EventEmitter.call(process);

function defineValue(target, name, value, enumerable = true) {
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable });
}

function defineLazy(target, name, load, enumerable = true) {
  let value;
  let loaded = false;
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
  });
}

process.title = 'octet';
process.version = `v${binding.octetVersion}`;
process.versions = {
  octet: binding.octetVersion,
  v8: binding.v8Version,
  uv: binding.uvVersion,
  openssl: binding.opensslVersion,
};
process.release = { name: 'octet' };
process.arch = 'x64';
process.platform = 'linux';
process.argv0 = binding.argv[0];
process.execPath = binding.execPath;
process.argv = binding.argv.slice();
process.argv[0] = binding.execPath;
process.execArgv = binding.execArgv;
process.pid = binding.pid;
process.ppid = binding.ppid;
let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    perThread.validateExitCode(code);
    exitCode = code;
  },
});
process._exiting = false;
process.config = { variables: {} };
process.features = { inspector: false, ipv6: true, tls: false };
process.env = perThread.createEnv();
process.hrtime = perThread.hrtime;
process.memoryUsage = perThread.memoryUsage;
process.cwd = perThread.cwd;
process.chdir = perThread.chdir;
process.exit = perThread.exit;
process.kill = perThread.kill;
process.setUncaughtExceptionCaptureCallback = perThread.setUncaughtExceptionCaptureCallback;
process.hasUncaughtExceptionCaptureCallback = perThread.hasUncaughtExceptionCaptureCallback;
process.reallyExit = binding.reallyExit;
process.uptime = binding.uptime;
process.umask = () => 0o022;
process.getuid = () => 0;
process.emitWarning = (...args) => require('internal/process/warning').emitWarning(...args);

const taskQueues = require('internal/process/task_queues');
process.nextTick = taskQueues.nextTick;
require('internal/process/execution');

defineLazy(process, 'stdout', () => require('internal/process/stdio').getStdout());
defineLazy(process, 'stderr', () => require('internal/process/stdio').getStderr());
defineLazy(process, 'stdin', () => require('internal/process/stdin').getStdin());

// Symbol.dispose / Symbol.asyncDispose, which node 20 defines and V8 10.2 does not yet.
{
  const { SymbolDispose, SymbolAsyncDispose } = require('internal/util');
  for (const [name, symbol] of [['dispose', SymbolDispose], ['asyncDispose', SymbolAsyncDispose]]) {
    if (!(name in Symbol)) {
      Object.defineProperty(Symbol, name, { value: symbol, writable: false, enumerable: false, configurable: false });
    }
  }
}

// Globals, with node's enumerability and in node's order (Object.keys(globalThis) matches).
// Where node has a data property, octet has one too, its value loaded on first use. Where node has
// a getter, so does octet, except `Buffer`: a getter on the global object is never inlined by V8
// 10.2 and costs ~5 ns on every `Buffer.x` call, so octet makes it a data property.
const { defineLazyDataProperty } = internalBinding('util');
const kEnumerable = true;

function lazyValue(name, id, exportName = name, enumerable = false) {
  defineLazyDataProperty(globalThis, name, () => require(id)[exportName], enumerable);
}

function lazyAccessor(name, id, exportName = name, enumerable = false) {
  defineLazy(globalThis, name, () => require(id)[exportName], enumerable);
}

Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', configurable: true });
defineValue(globalThis, 'global', globalThis, kEnumerable);
defineValue(globalThis, 'process', process, false);
defineLazyDataProperty(globalThis, 'console', () => require('console'), false);
lazyValue('Buffer', 'buffer');
for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
                    'setInterval', 'setTimeout']) {
  lazyValue(name, 'timers', name, kEnumerable);
}
defineValue(globalThis, 'queueMicrotask', taskQueues.queueMicrotask, kEnumerable);
lazyValue('structuredClone', 'internal/structured_clone', 'structuredClone', kEnumerable);
lazyAccessor('atob', 'buffer', 'atob', kEnumerable);
lazyAccessor('btoa', 'buffer', 'btoa', kEnumerable);
for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
                    'PerformanceObserver', 'PerformanceObserverEntryList']) {
  lazyAccessor(name, 'perf_hooks');
}
lazyAccessor('performance', 'perf_hooks', 'performance', kEnumerable);
lazyAccessor('crypto', 'internal/crypto/webcrypto', 'crypto', kEnumerable);
lazyAccessor('Blob', 'buffer');
lazyAccessor('TextEncoder', 'internal/encoding');
lazyAccessor('TextDecoder', 'internal/encoding');
lazyValue('EventTarget', 'internal/event_target');
lazyValue('Event', 'internal/event_target');
lazyValue('CustomEvent', 'internal/event_target');
lazyAccessor('DOMException', 'internal/per_context/domexception');
lazyAccessor('AbortController', 'internal/abort_controller');
lazyAccessor('AbortSignal', 'internal/abort_controller');
