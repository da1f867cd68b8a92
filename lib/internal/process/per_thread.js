'use strict';
// The parts of `process` that are plain functions over the native binding.

const binding = internalBinding('process');

function lazyErrors() {
  return require('internal/errors');
}

function hrtime(previous) {
  const now = binding.hrtimeBigInt();
  let sec = Number(now / 1000000000n);
  let nsec = Number(now % 1000000000n);
  if (previous !== undefined) {
    if (!Array.isArray(previous)) {
      throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('time', 'Array', previous);
    }
    if (previous.length !== 2) {
      throw new (lazyErrors().codes.ERR_OUT_OF_RANGE)('time', 2, previous.length);
    }
    sec -= previous[0];
    nsec -= previous[1];
    if (nsec < 0) {
      sec -= 1;
      nsec += 1e9;
    }
  }
  return [sec, nsec];
}
hrtime.bigint = () => binding.hrtimeBigInt();

const memoryFields = new Float64Array(5);
function memoryUsage() {
  binding.memoryUsage(memoryFields);
  return {
    rss: memoryFields[0],
    heapTotal: memoryFields[1],
    heapUsed: memoryFields[2],
    external: memoryFields[3],
    arrayBuffers: memoryFields[4],
  };
}
memoryUsage.rss = () => binding.rss();

function cwd() {
  const result = binding.cwd();
  if (typeof result === 'number') throw lazyErrors().UVException({ errno: result, syscall: 'uv_cwd' });
  return result;
}

function chdir(directory) {
  if (typeof directory !== 'string') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('directory', 'string', directory);
  }
  const err = binding.chdir(directory);
  if (err !== 0) {
    throw lazyErrors().UVException({ errno: err, syscall: 'chdir', path: process.cwd(), dest: directory });
  }
}

// node 20 accepts integers and integer strings (and null/undefined) as exit codes.
function validateExitCode(code) {
  if (code === null || code === undefined) return;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) return;
  require('internal/validators').validateInteger(code, 'code');
}

function exit(code) {
  validateExitCode(code);
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode | 0);
  }
  binding.reallyExit(process.exitCode | 0);
}

// process.env: strings in, strings out, mirrored into the real environment.
function createEnv() {
  const store = binding.getEnvironment();
  return new Proxy(store, {
    set(target, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const text = `${value}`;
      target[key] = text;
      binding.setEnv(key, text);
      return true;
    },
    defineProperty(target, key, descriptor) {
      if (!('value' in descriptor)) {
        throw new (lazyErrors().codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY ||
                   TypeError)("'process.env' only accepts a configurable, writable, and enumerable data descriptor");
      }
      return this.set(target, key, descriptor.value);
    },
    deleteProperty(target, key) {
      if (typeof key === 'string') binding.setEnv(key, undefined);
      delete target[key];
      return true;
    },
  });
}

function kill(pid, sig = 'SIGTERM') {
  const { codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL } } = lazyErrors();
  // eslint-disable-next-line eqeqeq
  if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signal;
  if (typeof sig === 'number') {
    signal = sig;
  } else {
    const { signals } = require('internal/validators/signals');
    signal = signals[sig];
    if (signal === undefined) throw new ERR_UNKNOWN_SIGNAL(sig);
  }
  const err = binding.kill(pid | 0, signal | 0);
  if (err !== 0) throw lazyErrors().ErrnoException(err, 'kill');
  return true;
}

// process.setUncaughtExceptionCaptureCallback: one callback that takes every uncaught exception
// instead of the 'uncaughtException' event.
let captureCallback = null;
function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureCallback = null;
    return;
  }
  if (typeof fn !== 'function') {
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('fn', ['function', 'null'], fn);
  }
  if (captureCallback !== null) {
    throw new (lazyErrors().codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET)();
  }
  captureCallback = fn;
}

module.exports = {
  hrtime, memoryUsage, cwd, chdir, exit, createEnv, kill, validateExitCode,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback: () => captureCallback !== null,
  getUncaughtExceptionCaptureCallback: () => captureCallback,
};
