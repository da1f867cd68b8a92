'use strict';
// TextEncoder and TextDecoder (WHATWG Encoding) as node 20 provides them: UTF-8, UTF-16LE/BE,
// and the windows-1252 family of labels, which node 20 decodes as ISO-8859-1 (bytes map straight
// to U+0000–U+00FF). `fatal`, `ignoreBOM` and `stream: true` follow the standard.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateObject, validateString, kValidateObjectAllowObjectsAndNull } =
  require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { customInspectSymbol } = require('internal/util');
const { createUnsafeArrayBuffer } = require('internal/buffer/allocate');
const { typedArrayByteLength } = require('internal/buffer/view_getters');

const { encodings } = binding;

let lazyInspect;
function inspect(value, opts) {
  if (lazyInspect === undefined) lazyInspect = require('internal/util/inspect').inspect;
  return lazyInspect(value, opts);
}

// Labels → encoding names, for the encodings octet decodes (WHATWG label table, these rows).
const kLabels = new Map();
function addLabels(name, labels) {
  for (const label of labels) kLabels.set(label, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
                    'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
                       'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                           'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                           'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252',
                           'x-cp1252']);

// ASCII whitespace trimmed, ASCII letters lower-cased, as the standard's "get an encoding".
function getEncodingFromLabel(label) {
  const name = kLabels.get(label);
  if (name !== undefined) return name;
  return kLabels.get(label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

class TextEncoder {
  get encoding() {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    input = `${input}`;
    const length = binding.byteLengthUtf8(input);
    const out = new Uint8Array(length === 0 ? new ArrayBuffer(0) : createUnsafeArrayBuffer(length));
    if (length > 0) binding.write(out, input, 0, length, encodings.utf8);
    return out;
  }

  encodeInto(src, dest) {
    if (!(this instanceof TextEncoder)) throw new ERR_INVALID_THIS('TextEncoder');
    validateString(src, 'src');
    if (!dest || !isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    binding.encodeInto(src, dest, encodeIntoResults);
    return { read: encodeIntoResults[0], written: encodeIntoResults[1] };
  }

  [customInspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, opts);
  }
}

const encodeIntoResults = new Float64Array(2);

Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
});

// The byte length of an incomplete but so-far valid UTF-8 sequence ending `bytes`, or 0.
function incompleteUtf8Tail(bytes) {
  const len = bytes.length;
  for (let k = 1; k <= 3 && k <= len; k++) {
    const b = bytes[len - k];
    if (b >= 0x80 && b < 0xc0) continue;
    if (b < 0xc2 || b > 0xf4) return 0;
    const needed = b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
    if (k >= needed) return 0;
    if (k >= 2) {
      const second = bytes[len - k + 1];
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      if (second < lo || second > hi) return 0;
    }
    return k;
  }
  return 0;
}

function toBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  // A Uint8Array small enough to live on the V8 heap is copied: a view of its buffer would move it
  // off the heap for good, where node reads it in place. The copy goes by the array's own length.
  if (isUint8Array(input) && typedArrayByteLength(input) <= 64) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// windows-1252 differs from ISO-8859-1 only in 0x80–0x9F (WHATWG index; five bytes map to the
// C1 control of the same value).
const kWindows1252High = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039,
  0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc,
  0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes) {
  if (bytes.length === 0) return '';
  const latin1 = binding.slice(bytes, 0, bytes.length, encodings.latin1);
  return latin1.replace(/[\x80-\x9f]/g,
                        (c) => String.fromCharCode(kWindows1252High[c.charCodeAt(0) - 0x80]));
}

function isHighSurrogate(c) { return c >= 0xd800 && c <= 0xdbff; }
function isLowSurrogate(c) { return c >= 0xdc00 && c <= 0xdfff; }

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #bomSeen = false;
  #pending = null;
  #oneShot;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    const name = getEncodingFromLabel(encoding);
    if (name === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = name;
    this.#oneShot = name === 'utf-8' || name === 'windows-1252';
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  decode(input = new Uint8Array(0), options = {}) {
    if (!(this instanceof TextDecoder) || !(#encoding in this)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
    // Until a decoder first streams, UTF-8 and windows-1252 take node's one-shot native paths,
    // which do not look at the options' shape; the windows-1252 one decodes as ISO-8859-1.
    if (this.#oneShot && options?.stream) this.#oneShot = false;
    if (this.#oneShot && this.#encoding === 'windows-1252') {
      if (!isAnyArrayBuffer(input) && !isArrayBufferView(input)) {
        throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
      }
      const bytes = toBytes(input);
      // node 20 drops a leading 0xFF byte here when ignoreBOM is set; kept for identical output.
      const start = this.#ignoreBOM && bytes[0] === 0xff ? 1 : 0;
      return bytes.length <= start ? '' :
        binding.slice(bytes, start, bytes.length, encodings.latin1);
    }
    if (this.#oneShot) {
      if (!isAnyArrayBuffer(input) && !isArrayBufferView(input)) {
        const err = new TypeError('The "list" argument must be an instance of ' +
                                  'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
        err.code = 'ERR_INVALID_ARG_TYPE';
        throw err;
      }
      const result = this.#decodeUtf8(toBytes(input), false);
      this.#bomSeen = false;
      return result;
    }
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    if (!isAnyArrayBuffer(input) && !isArrayBufferView(input)) {
      throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    }
    const stream = Boolean(options?.stream);

    let bytes = toBytes(input);
    if (this.#pending !== null) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = null;
    }

    let result;
    switch (this.#encoding) {
      case 'utf-8': result = this.#decodeUtf8(bytes, stream); break;
      case 'utf-16le': result = this.#decodeUtf16(bytes, stream, false); break;
      case 'utf-16be': result = this.#decodeUtf16(bytes, stream, true); break;
      default: result = decodeWindows1252(bytes);
    }
    if (!stream) {
      this.#bomSeen = false;
      this.#pending = null;
    }
    return result;
  }

  get encoding() {
    if (!(this instanceof TextDecoder) || !(#encoding in this)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
    return this.#encoding;
  }

  get fatal() {
    if (!(this instanceof TextDecoder) || !(#encoding in this)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!(this instanceof TextDecoder) || !(#encoding in this)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
    return this.#ignoreBOM;
  }

  // Strips a leading U+FEFF once per stream, unless ignoreBOM.
  #stripBom(string) {
    if (this.#bomSeen || string.length === 0) return string;
    this.#bomSeen = true;
    if (!this.#ignoreBOM && string.charCodeAt(0) === 0xfeff) return string.slice(1);
    return string;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const tail = incompleteUtf8Tail(bytes);
      if (tail > 0) {
        end -= tail;
        this.#pending = bytes.slice(end);
      }
    }
    const complete = end === bytes.length ? bytes : bytes.subarray(0, end);
    if (this.#fatal && !binding.isUtf8(complete)) {
      this.#pending = null;
      this.#bomSeen = false;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    if (end === 0) return '';
    return this.#stripBom(binding.slice(complete, 0, end, encodings.utf8));
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    let end = bytes.length & ~1;
    let units = end >>> 1;
    const unitAt = bigEndian ? (i) => (bytes[2 * i] << 8) | bytes[2 * i + 1]
      : (i) => bytes[2 * i] | (bytes[2 * i + 1] << 8);
    // A stream keeps a trailing odd byte, and a trailing high surrogate that may yet be paired.
    if (stream && units > 0 && isHighSurrogate(unitAt(units - 1))) {
      units--;
      end -= 2;
    }
    const dangling = stream ? 0 : bytes.length - end;
    if (stream && end < bytes.length) this.#pending = bytes.slice(end);
    // A high surrogate followed only by a dangling byte is one malformed sequence: one U+FFFD.
    if (dangling !== 0 && units > 0 && isHighSurrogate(unitAt(units - 1))) {
      units--;
      end -= 2;
    }

    let string = '';
    let invalid = dangling !== 0;
    if (units > 0) {
      let view = bytes.subarray(0, end);
      if (bigEndian) {
        view = view.slice();
        binding.swap16(view);
      }
      string = binding.slice(view, 0, end, encodings.ucs2);
      // Lone surrogates become U+FFFD.
      let fixed = '';
      let last = 0;
      for (let i = 0; i < string.length; i++) {
        const c = string.charCodeAt(i);
        if (isHighSurrogate(c) && i + 1 < string.length &&
            isLowSurrogate(string.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        if (isHighSurrogate(c) || isLowSurrogate(c)) {
          invalid = true;
          fixed += string.slice(last, i) + '\ufffd';
          last = i + 1;
        }
      }
      if (last > 0) string = fixed + string.slice(last);
    }
    if (invalid && this.#fatal) {
      this.#pending = null;
      this.#bomSeen = false;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    if (dangling !== 0) string += '\ufffd';
    return this.#stripBom(string);
  }

  [customInspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const ctor = this.constructor || TextDecoder;
    const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${ctor.name} ${inspect(obj)}`;
  }
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
});

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
