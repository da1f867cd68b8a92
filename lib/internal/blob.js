'use strict';
// Blob and File: immutable byte containers built from strings, buffers, views and other blobs.
// The bytes are copied once at construction into one Uint8Array; slices share it.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateDictionary } = require('internal/validators');
const { isAnyArrayBuffer, isArrayBufferView } = require('internal/util/types');
const { customInspectSymbol } = require('internal/util');
const { TextDecoder } = require('internal/encoding');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');

// A type with characters outside U+0020–U+007E is dropped; otherwise it is lower-cased.
const disallowedTypeCharacters = /[^\u{0020}-\u{007E}]/u;

function normalizeType(type) {
  type = `${type}`;
  return disallowedTypeCharacters.test(type) ? '' : type.toLowerCase();
}

let encoder;
function sourceBytes(source, endings) {
  if (isAnyArrayBuffer(source)) return new Uint8Array(source.slice(0));
  if (isArrayBufferView(source)) {
    return new Uint8Array(source.buffer.slice(source.byteOffset,
                                              source.byteOffset + source.byteLength));
  }
  if (isBlob(source)) return source[kBytes];
  source = `${source}`;
  if (endings === 'native') source = source.replace(/\r?\n/g, '\n');
  if (encoder === undefined) encoder = new (require('internal/encoding').TextEncoder)();
  return encoder.encode(source);
}

function isBlob(object) {
  return object != null && object[kBytes] !== undefined;
}

function inspectWith(name, fields, depth, options) {
  if (depth < 0) return name === 'Blob' ? '[Blob]' : `[${name}]`;
  const { inspect } = require('internal/util/inspect');
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(fields, opts)}`;
}

class Blob {
  /**
   * @param {Iterable<string|ArrayBuffer|ArrayBufferView|Blob>} [sources]
   * @param {{ type?: string, endings?: 'transparent'|'native' }} [options]
   */
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      throw new ERR_INVALID_ARG_TYPE('sources', 'a sequence', sources);
    }
    validateDictionary(options, 'options');
    let { type = '', endings = 'transparent' } = options ?? {};
    endings = `${endings}`;
    if (endings !== 'transparent' && endings !== 'native') {
      throw new ERR_INVALID_ARG_VALUE('options.endings', endings);
    }

    const parts = [];
    let length = 0;
    for (const source of sources) {
      const bytes = sourceBytes(source, endings);
      parts.push(bytes);
      length += bytes.length;
    }
    let bytes;
    if (parts.length === 1) {
      bytes = parts[0];
    } else {
      bytes = new Uint8Array(length);
      let offset = 0;
      for (const part of parts) {
        bytes.set(part, offset);
        offset += part.length;
      }
    }
    this[kBytes] = bytes;
    this[kType] = normalizeType(type);
  }

  get type() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  get size() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  slice(start = 0, end = this[kBytes].length, contentType = '') {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    const length = this[kBytes].length;
    if (start < 0) start = Math.max(length + start, 0);
    else start = Math.min(start, length);
    if (end < 0) end = Math.max(length + end, 0);
    else end = Math.min(end, length);
    const span = Math.max(end - start, 0);
    const blob = Object.create(Blob.prototype);
    blob[kBytes] = this[kBytes].subarray(start, start + span);
    blob[kType] = normalizeType(contentType);
    return blob;
  }

  arrayBuffer() {
    if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const bytes = this[kBytes];
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  }

  async text() {
    if (!isBlob(this)) throw new ERR_INVALID_THIS('Blob');
    return new TextDecoder().decode(await this.arrayBuffer());
  }

  [customInspectSymbol](depth, options) {
    return inspectWith('Blob', { size: this.size, type: this.type }, depth, options);
  }
}

Object.defineProperties(Blob.prototype, {
  size: { enumerable: true },
  type: { enumerable: true },
  slice: { enumerable: true },
  arrayBuffer: { enumerable: true },
  text: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'Blob' },
});

const kName = Symbol('kName');
const kLastModified = Symbol('kLastModified');

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    let { lastModified } = options ?? {};
    if (lastModified !== undefined) {
      // Using Number(...) loses the int64 range of the spec; node does the same.
      lastModified = +lastModified;
      if (Number.isNaN(lastModified)) lastModified = 0;
    } else {
      lastModified = Date.now();
    }
    this[kName] = `${fileName}`;
    this[kLastModified] = lastModified;
  }

  get name() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kName];
  }

  get lastModified() {
    if (!(this instanceof File)) throw new ERR_INVALID_THIS('File');
    return this[kLastModified];
  }

  [customInspectSymbol](depth, options) {
    return inspectWith('File', {
      size: this.size,
      type: this.type,
      name: this[kName],
      lastModified: this[kLastModified],
    }, depth, options);
  }
}

Object.defineProperties(File.prototype, {
  name: { enumerable: true },
  lastModified: { enumerable: true },
  [Symbol.toStringTag]: { configurable: true, value: 'File' },
});

// octet has no URL.createObjectURL registry, so no blob: URL resolves.
function resolveObjectURL(url) {
  url = `${url}`;  // still converted, so a Symbol throws as in node
  return undefined;
}

module.exports = { Blob, File, isBlob, resolveObjectURL };
