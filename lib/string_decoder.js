'use strict';

// StringDecoder: turns a sequence of byte chunks into strings without
// splitting multi-byte characters across chunk boundaries. The state lives
// in a 7-byte Buffer laid out as Node's native decoder keeps it (bytes 0-3:
// the incomplete character, 4: bytes still missing, 5: bytes buffered,
// 6: encoding id), so `lastChar`/`lastNeed`/`lastTotal` and inspect()
// output match Node.

const { Buffer } = require('buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { normalizeEncoding: normalizeBufferEncoding } = require('internal/util');

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's `enum encoding` values, stored in the state buffer.
const encodingsMap = {
  __proto__: null,
  ascii: 0,
  utf8: 1,
  base64: 2,
  utf16le: 3,
  latin1: 4,
  hex: 5,
  base64url: 7,
};

const kNativeDecoder = Symbol('kNativeDecoder');

function normalizeEncoding(enc) {
  const nenc = normalizeBufferEncoding(enc);
  if (nenc === undefined) {
    // Only an overridden Buffer.isEncoding can admit a name we do not know.
    if (Buffer.isEncoding === isEncodingOriginal || !Buffer.isEncoding(enc))
      throw new ERR_UNKNOWN_ENCODING(enc);
    return enc;
  }
  return nenc;
}
const isEncodingOriginal = Buffer.isEncoding;

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function asBuffer(view) {
  if (Buffer.isBuffer(view)) return view;
  return Buffer.from(view.buffer, view.byteOffset, view.byteLength);
}

function makeString(buf, start, end, encoding) {
  return buf.toString(encoding, start, end);
}

// Decodes `buf` given the carried-over state; mirrors the native decoder
// step by step, since where a partial character is cut decides where
// U+FFFD replacements appear.
function decode(state, buf, encoding) {
  if (encoding !== 'utf8' && encoding !== 'utf16le' &&
      encoding !== 'base64' && encoding !== 'base64url') {
    return makeString(buf, 0, buf.length, encoding);
  }

  let start = 0;
  let nread = buf.length;
  let prepend;

  if (state[kMissingBytes] > 0) {
    if (encoding === 'utf8') {
      // A byte that should continue the character but does not: the
      // incomplete character ends here and the byte starts a new one.
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((buf[start + i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          buf.copy(state, state[kBufferedBytes], start, start + i);
          state[kBufferedBytes] += i;
          start += i;
          nread -= i;
          break;
        }
      }
    }

    const found = Math.min(nread, state[kMissingBytes]);
    buf.copy(state, state[kBufferedBytes], start, start + found);
    start += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;

    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, kIncompleteCharactersStart,
                           state[kBufferedBytes], encoding);
      state[kBufferedBytes] = 0;
    }
  }

  let body;
  if (nread === 0) {
    body = prepend !== undefined ? prepend : '';
    prepend = undefined;
  } else {
    const last = start + nread - 1;
    if (encoding === 'utf8' && (buf[last] & 0x80)) {
      // Ended inside a non-ASCII character: find its lead byte.
      for (let i = last; ; --i) {
        state[kBufferedBytes]++;
        if ((buf[i] & 0xC0) === 0x80) {
          // Four trailing bytes, or no lead byte in this chunk: invalid,
          // left for the UTF-8 decoder to replace.
          if (state[kBufferedBytes] >= 4 || i === start) {
            state[kBufferedBytes] = 0;
            break;
          }
        } else {
          if ((buf[i] & 0xE0) === 0xC0) {
            state[kMissingBytes] = 2;
          } else if ((buf[i] & 0xF0) === 0xE0) {
            state[kMissingBytes] = 3;
          } else if ((buf[i] & 0xF8) === 0xF0) {
            state[kMissingBytes] = 4;
          } else {
            // Not a valid lead byte.
            state[kBufferedBytes] = 0;
            break;
          }
          if (state[kBufferedBytes] >= state[kMissingBytes]) {
            // Complete (==) or over-long and invalid (>): nothing to hold.
            state[kMissingBytes] = 0;
            state[kBufferedBytes] = 0;
          }
          state[kMissingBytes] -= state[kBufferedBytes];
          break;
        }
      }
    } else if (encoding === 'utf16le') {
      if ((nread % 2) === 1) {
        state[kBufferedBytes] = 1;
        state[kMissingBytes] = 1;
      } else if ((buf[last] & 0xFC) === 0xD8) {
        // A high surrogate: wait for its pair.
        state[kBufferedBytes] = 2;
        state[kMissingBytes] = 2;
      }
    } else if (encoding === 'base64' || encoding === 'base64url') {
      state[kBufferedBytes] = nread % 3;
      if (state[kBufferedBytes] > 0)
        state[kMissingBytes] = 3 - state[kBufferedBytes];
    }

    if (state[kBufferedBytes] > 0) {
      nread -= state[kBufferedBytes];
      buf.copy(state, kIncompleteCharactersStart, start + nread,
               start + nread + state[kBufferedBytes]);
    }

    body = nread > 0 ? makeString(buf, start, start + nread, encoding) : '';
  }

  return prepend === undefined ? body : prepend + body;
}

function flush(state, encoding) {
  if (encoding === 'utf16le' && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte of UTF-16 is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, kIncompleteCharactersStart,
                         state[kBufferedBytes], encoding);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!isArrayBufferView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) {
    throw new ERR_INVALID_THIS('StringDecoder');
  }
  return decode(this[kNativeDecoder], asBuffer(buf), this.encoding);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0)
    ret += flush(this[kNativeDecoder], this.encoding);
  return ret;
};

// Legacy: decode `buf` from `offset`, dropping any carried-over state.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart,
                                           kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = {
  StringDecoder,
};
