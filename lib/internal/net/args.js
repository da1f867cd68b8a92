'use strict';
// The argument forms net's connect() and listen() accept, normalized to [options, cb]:
//   (options[, cb]) · (path[, cb]) · ([port][, host][, cb])

const normalizedArgsSymbol = Symbol('normalizedArgs');

// A number, or false when x is not one (listen('8080') is a port, listen('/tmp/s') a path).
function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = typeof cb === 'function' ? [options, cb] : [options, null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

module.exports = { isPipeName, normalizeArgs, normalizedArgsSymbol, toNumber };
