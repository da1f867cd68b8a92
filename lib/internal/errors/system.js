'use strict';

// Errors for failed system calls, in the shapes Node gives them: a plain
// Error whose message names the uv code, the description and the call, with
// errno / code / syscall (and path, dest, address, port) properties.
// Each constructor works with or without `new` and returns a plain Error, so
// `err.constructor === Error` as in Node.

let uvBinding = null;
function lazyUv() {
  if (uvBinding === null) uvBinding = internalBinding('uv');
  return uvBinding;
}

const uvUnmappedError = ['UNKNOWN', 'unknown error'];

// errno (negative number) -> [code, description], e.g. [ 'ENOENT', 'no such
// file or directory' ]; undefined for numbers libuv does not know.
function uvErrmapGet(errno) {
  const uv = lazyUv();
  if (!uv.errmap) uv.errmap = uv.getErrorMap();
  return uv.errmap.get(errno);
}

// Node's util.getSystemErrorName(): validated, with Node's fallback text for
// unknown numbers.
function getSystemErrorName(err) {
  const { codes } = require('internal/errors');
  if (typeof err !== 'number') {
    throw new codes.ERR_INVALID_ARG_TYPE('err', 'number', err);
  }
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = uvErrmapGet(err);
  return entry === undefined ? `Unknown system error ${err}` : entry[0];
}

// Creates the error without collecting frames, then captures them from the
// caller of `fn` (cheaper, and the helper does not show in the stack).
function makeError(message, fn) {
  const limit = Error.stackTraceLimit;
  const writable = isStackTraceLimitWritable();
  if (writable) Error.stackTraceLimit = 0;
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  if (writable) Error.stackTraceLimit = limit;
  Error.captureStackTrace(err, fn);
  return err;
}

function isStackTraceLimitWritable() {
  const desc = Object.getOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return Object.isExtensible(Error);
  return Object.prototype.hasOwnProperty.call(desc, 'writable') ?
    desc.writable : desc.set !== undefined;
}

// ctx: { errno, syscall, path?, dest?, message? (replaces the description),
// ...any other fields, copied onto the error }.
// -> "ENOENT: no such file or directory, open '/x'"
function UVException(ctx) {
  const [code, uvmsg] = uvErrmapGet(ctx.errno) || uvUnmappedError;
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const err = makeError(message, UVException);
  // node's key order: errno, code, syscall, then the rest (its native side builds ctx that way).
  err.errno = ctx.errno;
  err.code = code;
  for (const prop of Object.keys(ctx)) {
    if (prop === 'message' || prop === 'path' || prop === 'dest' || prop === 'errno') continue;
    err[prop] = ctx[prop];
  }
  err.code = code;
  if (path) err.path = path;
  if (dest) err.dest = dest;
  return err;
}

// -> "connect ECONNREFUSED: connection refused 127.0.0.1:80"
function UVExceptionWithHostPort(errno, syscall, address, port) {
  const [code, uvmsg] = uvErrmapGet(errno) || uvUnmappedError;
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  const err = makeError(`${syscall} ${code}: ${uvmsg}${details}`,
                        UVExceptionWithHostPort);
  err.code = code;
  err.errno = errno;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// -> "write EPIPE" / "spawn ENOENT original"
function ErrnoException(errno, syscall, original) {
  const code = getSystemErrorName(errno);
  const message = original ?
    `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  Error.captureStackTrace(err, ErrnoException);
  return err;
}

// -> "connect ECONNREFUSED 127.0.0.1:80" (+ " - Local (addr:port)")
function ExceptionWithHostPort(errno, syscall, address, port, additional) {
  const code = getSystemErrorName(errno);
  let details = '';
  if (port && port > 0) {
    details = ` ${address}:${port}`;
  } else if (address) {
    details = ` ${address}`;
  }
  if (additional) details += ` - Local (${additional})`;
  const err = makeError(`${syscall} ${code}${details}`, ExceptionWithHostPort);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  err.address = address;
  if (port) err.port = port;
  return err;
}

// `code` is a libuv error number or a c-ares code string.
// -> "getaddrinfo ENOTFOUND example.invalid"
function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    const uv = lazyUv();
    // Node reports "no such name" resolver failures as ENOTFOUND, which is
    // not a real errno name; kept for compatibility.
    if (code === uv.UV_EAI_NODATA || code === uv.UV_EAI_NONAME) {
      code = 'ENOTFOUND';
    } else {
      code = getSystemErrorName(code);
    }
  }
  const err = makeError(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`,
                        DNSException);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  return err;
}

function ConnResetException(msg) {
  // eslint-disable-next-line no-restricted-syntax
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  Error.captureStackTrace(err, ConnResetException);
  return err;
}

module.exports = {
  ConnResetException,
  DNSException,
  ErrnoException,
  ExceptionWithHostPort,
  getSystemErrorName,
  UVException,
  UVExceptionWithHostPort,
  uvErrmapGet,
};
