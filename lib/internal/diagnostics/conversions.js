'use strict';
// Buffer↔string conversion counters for --memory-summary and --memory-report: how often and how
// many bytes a script turns Buffers into strings (toString, decoders) and strings into Buffers
// (Buffer.from, write) — "toString is not free", counted. lib/buffer.js guards each call with
// `if (conversions.enabled)`, so with the diagnostics off a conversion pays one property read.

const toString = new Map();    // encoding → { count, bytes }
const fromString = new Map();

const aliases = {
  'utf-8': 'utf8',
  'ucs2': 'utf16le',
  'ucs-2': 'utf16le',
  'utf-16le': 'utf16le',
  'binary': 'latin1',
};

let encodingNames;  // the buffer binding's encoding numbers → names, built on first use

function normalize(encoding) {
  if (typeof encoding === 'number') {
    if (encodingNames === undefined) {
      encodingNames = [];
      const map = internalBinding('buffer').encodings;
      for (const name of Object.keys(map)) encodingNames[map[name]] = name;
    }
    return normalize(encodingNames[encoding]);
  }
  if (typeof encoding !== 'string' || encoding === '') return 'utf8';
  const lower = encoding.toLowerCase();
  return aliases[lower] || lower;
}

function add(table, encoding, bytes) {
  const key = normalize(encoding);
  let entry = table.get(key);
  if (entry === undefined) {
    entry = { count: 0, bytes: 0 };
    table.set(key, entry);
  }
  entry.count++;
  entry.bytes += bytes;
}

// A Buffer's `bytes` bytes decoded into a string. `encoding`: a name, or the buffer binding's
// number for it.
function recordToString(encoding, bytes) {
  add(toString, encoding, bytes);
}

// A string encoded into `bytes` bytes of a Buffer.
function recordFromString(encoding, bytes) {
  add(fromString, encoding, bytes);
}

function total(table) {
  const result = { count: 0, bytes: 0, byEncoding: {} };
  const keys = [...table.keys()].sort();
  for (const key of keys) {
    const { count, bytes } = table.get(key);
    result.count += count;
    result.bytes += bytes;
    result.byEncoding[key] = { count, bytes };
  }
  return result;
}

function snapshot() {
  return { toString: total(toString), fromString: total(fromString) };
}

module.exports = {
  enabled: false,
  recordToString,
  recordFromString,
  snapshot,
};
