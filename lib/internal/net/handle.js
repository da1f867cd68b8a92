'use strict';
// The native handles under sockets and servers: making one for a descriptor, closing one with a
// callback, attaching one to its Socket, and the options a Socket applies once it has one.

const { codes: { ERR_INVALID_FD_TYPE } } = require('internal/errors');
const { validateInt32 } = require('internal/validators');
const { guessHandleType } = require('internal/util');
const { onStreamRead, ownerSymbol } = require('internal/net/stream_base_commons');

const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');

// Set before a socket has a handle, applied when it gets one (connect, accept).
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kSetKeepAliveInitialDelay = Symbol('kSetKeepAliveInitialDelay');

let pipeWrap;
function lazyPipeWrap() {
  if (pipeWrap === undefined) pipeWrap = internalBinding('pipe_wrap');
  return pipeWrap;
}

// A handle for an inherited descriptor: a pipe or a TCP socket (stdin, a passed fd).
function createHandle(fd, isServer) {
  validateInt32(fd, 'fd', 0);
  const type = guessHandleType(fd);
  if (type === 'PIPE') {
    const { Pipe, constants } = lazyPipeWrap();
    return new Pipe(isServer ? constants.SERVER : constants.SOCKET);
  }
  if (type === 'TCP') return new TCP(isServer ? TCPConstants.SERVER : TCPConstants.SOCKET);
  throw new ERR_INVALID_FD_TYPE(type);
}

// handle.close(cb): the native close calls `onclose` once libuv has closed the handle.
function closeHandle(handle, callback) {
  if (typeof callback === 'function') handle.onclose = callback;
  handle.close();
}

// Called for a new Socket, and when a closed one connects again.
function initSocketHandle(self) {
  self._undestroy();
  self._sockname = null;
  if (self._handle) {
    self._handle[ownerSymbol] = self;
    self._handle.onread = onStreamRead;
  }
}

module.exports = {
  closeHandle,
  createHandle,
  initSocketHandle,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kSetNoDelay,
  lazyPipeWrap,
};
