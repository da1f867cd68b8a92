'use strict';
// Turns the bare context into node's: the `process` object and the globals. Anything costly is a
// lazy getter, so a script pays only for what it touches.

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

// Globals, non-enumerable like node's.
Object.defineProperty(globalThis, Symbol.toStringTag, { value: 'global', configurable: true });
defineValue(globalThis, 'global', globalThis, false);
defineValue(globalThis, 'process', process, false);
defineValue(globalThis, 'queueMicrotask', taskQueues.queueMicrotask, false);

function lazyGlobal(name, id, exportName = name) {
  defineLazy(globalThis, name, () => require(id)[exportName], false);
}

defineLazy(globalThis, 'console', () => require('console'), false);
lazyGlobal('Buffer', 'buffer');
lazyGlobal('atob', 'buffer');
lazyGlobal('btoa', 'buffer');
lazyGlobal('Blob', 'buffer');
lazyGlobal('TextEncoder', 'internal/encoding');
lazyGlobal('TextDecoder', 'internal/encoding');
lazyGlobal('EventTarget', 'internal/event_target');
lazyGlobal('Event', 'internal/event_target');
lazyGlobal('CustomEvent', 'internal/event_target');
lazyGlobal('DOMException', 'internal/per_context/domexception');
lazyGlobal('AbortController', 'internal/abort_controller');
lazyGlobal('AbortSignal', 'internal/abort_controller');
for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval',
                    'setImmediate', 'clearImmediate']) {
  lazyGlobal(name, 'timers');
}
lazyGlobal('structuredClone', 'internal/structured_clone', 'structuredClone');
lazyGlobal('crypto', 'internal/crypto/webcrypto', 'crypto');
