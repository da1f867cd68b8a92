'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID and getRandomValues over one native job
// type, RandomBytesJob, which fills a byte range at once or on the thread pool.

const { RandomBytesJob, kCryptoJobAsync, kCryptoJobSync } = internalBinding('crypto');
const { kMaxLength } = require('buffer');
const { FastBuffer } = require('internal/buffer/fast_buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { kEmptyObject } = require('internal/util');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateObject,
} = require('internal/validators');
const {
  isAnyArrayBuffer,
  isArrayBufferView,
  isFloat32Array,
  isFloat64Array,
  isTypedArray,
} = require('internal/util/types');

let DOMException;
function lazyDOMException(message, name) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, name);
}

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = Math.min(kMaxLength, kMaxInt32);

// Offsets and sizes count elements of the view; the job works in bytes.
function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function validateFillTarget(buf) {
  if (!isAnyArrayBuffer(buf) && !isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomBytes(size, callback) {
  size = assertSize(size, 1, 0, Infinity);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = new FastBuffer(size);
  if (callback === undefined) {
    randomFillSync(buf.buffer, 0, size);
    return buf;
  }
  // A plain function, so that `this` (the job) reaches the callback as in node.
  randomFill(buf.buffer, 0, size, function(error) {
    if (error) return callback.call(this, error);
    callback.call(this, null, buf);
  });
}

function randomFillSync(buf, offset = 0, size) {
  validateFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) return buf;
  const job = new RandomBytesJob(kCryptoJobSync, buf, offset, size);
  const error = job.run()[0];
  if (error) throw error;
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    // An element count here; assertSize() turns it into bytes.
    size = buf.length;
  } else if (typeof size === 'function') {
    callback = size;
    size = buf.length - offset;
  } else {
    validateFunction(callback, 'callback');
  }
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) {
    size = buf.byteLength - offset;
  } else {
    size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  if (size === 0) {
    callback(null, buf);
    return;
  }
  const job = new RandomBytesJob(kCryptoJobAsync, buf, offset, size);
  job.ondone = function(error) {
    if (error) return callback.call(this, error);
    callback.call(this, null, buf);
  };
  job.run();
}

// The largest value 6 random bytes can hold.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

// randomInt draws 6 bytes at a time from this cache (its size divides by 6).
const randomCache = new FastBuffer(6 * 1024);
let randomCacheOffset = randomCache.length;
let asyncCacheFillInProgress = false;
const asyncCachePendingTasks = [];

// An integer in [min, max), without modulo bias.
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // x % range is uniform only for x below the largest multiple of range.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  while (isSync || randomCacheOffset < randomCache.length) {
    if (randomCacheOffset === randomCache.length) {
      randomFillSync(randomCache);
      randomCacheOffset = 0;
    }
    const x = randomCache.readUIntBE(randomCacheOffset, 6);
    randomCacheOffset += 6;
    if (x < randLimit) {
      const n = (x % range) + min;
      if (isSync) return n;
      process.nextTick(callback, undefined, n);
      return;
    }
  }
  // Async with an empty cache: wait for the one refill in flight.
  asyncCachePendingTasks.push({ min, max, callback });
  asyncRefillRandomIntCache();
}

function asyncRefillRandomIntCache() {
  if (asyncCacheFillInProgress) return;
  asyncCacheFillInProgress = true;
  randomFill(randomCache, (err) => {
    asyncCacheFillInProgress = false;
    const tasks = asyncCachePendingTasks;
    // On failure one waiting caller hears of it; the others retry.
    const errorReceiver = err && tasks.shift();
    if (!err) randomCacheOffset = 0;
    for (const task of tasks.splice(0)) randomInt(task.min, task.max, task.callback);
    if (errorReceiver) errorReceiver.callback(err);
  });
}

// Web Crypto's variant: integer typed arrays only, at most 65536 bytes, DOMException errors.
function getRandomValues(data) {
  if (!isTypedArray(data) || isFloat32Array(data) || isFloat64Array(data)) {
    throw lazyDOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw lazyDOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

// RFC 4122 version 4 UUIDs. Random bytes are drawn for kBatchSize UUIDs at a time.
const kBatchSize = 128;
let uuidData;
let uuidNotBuffered;
let uuidBatch = 0;
let hexBytes;

function serializeUUID(buf, offset = 0) {
  if (hexBytes === undefined) {
    hexBytes = new Array(256);
    for (let i = 0; i < 256; i++) hexBytes[i] = i.toString(16).padStart(2, '0');
  }
  const h = hexBytes;
  return h[buf[offset]] + h[buf[offset + 1]] + h[buf[offset + 2]] + h[buf[offset + 3]] + '-' +
    h[buf[offset + 4]] + h[buf[offset + 5]] + '-' +
    h[(buf[offset + 6] & 0x0f) | 0x40] + h[buf[offset + 7]] + '-' +
    h[(buf[offset + 8] & 0x3f) | 0x80] + h[buf[offset + 9]] + '-' +
    h[buf[offset + 10]] + h[buf[offset + 11]] + h[buf[offset + 12]] +
    h[buf[offset + 13]] + h[buf[offset + 14]] + h[buf[offset + 15]];
}

function getBufferedUUID() {
  uuidData ??= new Uint8Array(16 * kBatchSize);
  if (uuidBatch === 0) randomFillSync(uuidData);
  uuidBatch = (uuidBatch + 1) % kBatchSize;
  return serializeUUID(uuidData, uuidBatch * 16);
}

function getUnbufferedUUID() {
  uuidNotBuffered ??= new Uint8Array(16);
  randomFillSync(uuidNotBuffered);
  return serializeUUID(uuidNotBuffered);
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || kEmptyObject;
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  return disableEntropyCache ? getUnbufferedUUID() : getBufferedUUID();
}

module.exports = {
  getRandomValues,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
};
