'use strict';
// Establishing a Socket's connection: resolving the host, binding a local address when asked,
// the native connect request, and turning its completion into 'connect'/'ready' or an error.

const {
  ExceptionWithHostPort,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_IP_ADDRESS },
} = require('internal/errors');
const { validateNumber, validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net/ip');
const { lookup } = require('internal/net/lookup');
const { ownerSymbol } = require('internal/net/stream_base_commons');
const {
  initSocketHandle,
  kSetKeepAlive,
  kSetKeepAliveInitialDelay,
  kSetNoDelay,
  lazyPipeWrap,
} = require('internal/net/handle');

const { TCP, TCPConnectWrap, constants: TCPConstants } = internalBinding('tcp_wrap');
const { UV_EADDRINUSE } = internalBinding('uv');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

// A bind() that "succeeded" on another port than asked (port in use) is EADDRINUSE.
function checkBindError(err, port, handle) {
  if (err === 0 && port > 0 && handle.getsockname) {
    const out = {};
    err = handle.getsockname(out);
    if (err === 0 && port !== out.port) err = UV_EADDRINUSE;
  }
  return err;
}

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  let err;
  if (localAddress || localPort) {
    if (addressType === 4) {
      localAddress = localAddress || DEFAULT_IPV4_ADDR;
      err = self._handle.bind(localAddress, localPort);
    } else {
      localAddress = localAddress || DEFAULT_IPV6_ADDR;
      err = self._handle.bind6(localAddress, localPort, 0);
    }
    err = checkBindError(err, localPort, self._handle);
    if (err) {
      self.destroy(new ExceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }

  self.emit('connectionAttempt', address, port, addressType);

  if (addressType === 6 || addressType === 4) {
    const req = new TCPConnectWrap();
    req.oncomplete = afterConnect;
    req.address = address;
    req.port = port;
    req.localAddress = localAddress;
    req.localPort = localPort;
    req.addressType = addressType;
    err = addressType === 4 ?
      self._handle.connect(req, address, port) :
      self._handle.connect6(req, address, port);
  } else {
    const req = new (lazyPipeWrap().PipeConnectWrap)();
    req.address = address;
    req.oncomplete = afterConnect;
    err = self._handle.connect(req, address);
  }

  if (err) {
    const sockname = self._getsockname();
    let details;
    if (sockname) details = sockname.address + ':' + sockname.port;
    self.destroy(new ExceptionWithHostPort(err, 'connect', address, port, details));
  }
}

// Everything connect() does once its arguments are checked: a handle, then the address.
function startConnect(self, options) {
  const { path } = options;
  const pipe = !!path;

  if (!self._handle) {
    if (pipe) {
      const { Pipe, constants } = lazyPipeWrap();
      self._handle = new Pipe(constants.SOCKET);
    } else {
      self._handle = new TCP(TCPConstants.SOCKET);
    }
    initSocketHandle(self);
  }

  self._unrefTimer();
  self.connecting = true;

  if (pipe) {
    validateString(path, 'options.path');
    internalConnect(self, path);
  } else {
    lookupAndConnect(self, options);
  }
}

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;

  if (localAddress && !isIP(localAddress)) throw new ERR_INVALID_IP_ADDRESS(localAddress);
  if (localPort) validateNumber(localPort, 'options.localPort');

  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    validatePort(port);
  }
  port |= 0;

  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) {
        internalConnect(self, host, port, addressType, localAddress, localPort);
      }
    });
    return;
  }

  self._host = host;
  const lookupFn = options.lookup || lookup;
  lookupFn(host, { family: options.family, hints: options.hints || 0 }, (err, ip, family) => {
    self.emit('lookup', err, ip, family, host);
    // Destroyed while the name was being looked up.
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      process.nextTick(connectErrorNT, self, new ERR_INVALID_IP_ADDRESS(ip));
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, isIP(ip), localAddress, localPort);
    }
  });
}

function connectErrorNT(self, err) {
  self.destroy(err);
}


function afterConnect(status, handle, req, readable, writable) {
  const self = handle[ownerSymbol];
  // The socket may have been destroyed while connecting.
  if (self.destroyed) return;

  self.connecting = false;
  self._sockname = null;

  if (status === 0) {
    if (self.readable && !readable) {
      self.push(null);
      self.read();
    }
    if (self.writable && !writable) self.end();
    self._unrefTimer();

    if (self[kSetNoDelay] && self._handle.setNoDelay) self._handle.setNoDelay(true);
    if (self[kSetKeepAlive] && self._handle.setKeepAlive) {
      self._handle.setKeepAlive(true, self[kSetKeepAliveInitialDelay]);
    }

    self.emit('connect');
    self.emit('ready');

    // Start reading (or get an immediate EOF) unless the user paused the socket.
    if (readable && !self.isPaused()) self.read(0);
  } else {
    let details;
    if (req.localAddress && req.localPort) {
      details = req.localAddress + ':' + req.localPort;
    }
    const ex = new ExceptionWithHostPort(status, 'connect', req.address, req.port, details);
    if (details) {
      ex.localAddress = req.localAddress;
      ex.localPort = req.localPort;
    }
    self.emit('connectionAttemptFailed', req.address, req.port, req.addressType, ex);
    self.destroy(ex);
  }
}

module.exports = { startConnect };
