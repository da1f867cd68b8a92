'use strict';
// The global structuredClone(value[, options]). The transfer list is read here the way node's
// messaging code reads it (arrays by index, other objects through their iterator, all entries
// before any is checked); the binding moves the bytes.

const { structuredClone: clone, transferKind } = internalBinding('structured_clone');
const { isProxy } = internalBinding('types');

// transferKind() answers.
const kNotArrayBuffer = 0;
const kCopiedArrayBuffer = 1;

const kNoTransfer = Object.freeze([]);

// node raises these from C++: plain errors with a code, not its NodeError classes.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function isObject(value) {
  return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

// The entries of `iterable` as an array, or null when it is not something node reads as a list
// (not an object, no callable Symbol.iterator, an iterator or step result that is not an object).
// Errors thrown by getters or the iterator propagate unchanged.
function readIterable(iterable) {
  if (!isObject(iterable)) return null;
  if (Array.isArray(iterable) && !isProxy(iterable)) {
    const length = iterable.length;
    const entries = new Array(length);
    for (let i = 0; i < length; i++) entries[i] = iterable[i];
    return entries;
  }
  const method = iterable[Symbol.iterator];
  if (typeof method !== 'function') return null;
  const iterator = method.call(iterable);
  if (!isObject(iterator)) return null;
  const next = iterator.next;
  if (typeof next !== 'function') return null;
  const entries = [];
  for (;;) {
    const step = next.call(iterator);
    if (!isObject(step)) return null;
    if (step.done) break;
    entries.push(step.value);
  }
  return entries;
}

// options.transfer → the entries to transfer. Like postMessage's argument, an object that is not a
// list is read as an options bag of its own: its `transfer` property, when defined, must be one.
function readTransferList(transfer) {
  if (transfer === undefined || transfer === null) return kNoTransfer;
  if (!isObject(transfer)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'Optional transferList argument must be an iterable');
  }
  let entries = readIterable(transfer);
  if (entries !== null) return entries;
  const inner = transfer.transfer;
  if (inner === undefined) return kNoTransfer;
  entries = readIterable(inner);
  if (entries === null) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                      'Optional options.transfer argument must be an iterable');
  }
  return entries;
}

// The distinct ArrayBuffers among `entries` that will move to the clone. Checked in order, so the
// first problem met is the one reported. Pool slabs and undetachable buffers are copied instead,
// and never count as duplicates.
function transferableBuffers(entries) {
  if (entries.length === 0) return kNoTransfer;
  const buffers = [];
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    const kind = transferKind(entry);
    if (kind === kNotArrayBuffer) {
      throw nativeError(TypeError, 'ERR_INVALID_TRANSFER_OBJECT',
                        'Found invalid object in transferList');
    }
    if (kind === kCopiedArrayBuffer) continue;
    if (buffers.includes(entry)) {
      throw new DOMException('Transfer list contains duplicate ArrayBuffer', 'DataCloneError');
    }
    buffers.push(entry);
  }
  return buffers;
}

// Defaults only so that `length` is 0, as for node's native function.
function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nativeError(TypeError, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  }
  let buffers = kNoTransfer;
  if (options !== undefined && options !== null) {
    if (!isObject(options)) {
      throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                        'The options argument must be either an object or undefined');
    }
    buffers = transferableBuffers(readTransferList(options.transfer));
  }
  try {
    return clone(value, buffers);
  } catch (err) {
    // The binding marks V8's clone failures; node reports them as DOMException DataCloneError.
    if (err !== null && typeof err === 'object' && err.name === 'DataCloneError' && !(err instanceof DOMException)) {
      throw new DOMException(err.message, 'DataCloneError');
    }
    throw err;
  }
}

module.exports = { structuredClone };
