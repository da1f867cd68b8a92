'use strict';
// net: TCP (and unix socket) clients and servers. The classes live in lib/internal/net/.

const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { normalizeArgs } = require('internal/net/args');
const { Socket } = require('internal/net/socket');
const { Server, createServerHandle } = require('internal/net/server');
const { validateBoolean, validateInt32 } = require('internal/validators');

// Connections go to one address at a time: names resolve to a single address here.
let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

let warnSimultaneousAccepts = true;
// Windows-only tuning in node; elsewhere only its deprecation warning remains.
function _setSimultaneousAccepts() {
  if (warnSimultaneousAccepts) {
    process.emitWarning('net._setSimultaneousAccepts() is deprecated and will be removed.',
                        'DeprecationWarning', 'DEP0121');
    warnSimultaneousAccepts = false;
  }
}

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// connect(options[, cb]) · connect(path[, cb]) · connect(port[, host][, cb])
function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

function getDefaultAutoSelectFamily() {
  return autoSelectFamilyDefault;
}

function setDefaultAutoSelectFamily(value) {
  validateBoolean(value, 'value');
  autoSelectFamilyDefault = value;
}

function getDefaultAutoSelectFamilyAttemptTimeout() {
  return autoSelectFamilyAttemptTimeoutDefault;
}

function setDefaultAutoSelectFamilyAttemptTimeout(value) {
  validateInt32(value, 'value', 1);
  autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
}

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts,
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,  // legacy name
  getDefaultAutoSelectFamily,
  setDefaultAutoSelectFamily,
  getDefaultAutoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout,
};
