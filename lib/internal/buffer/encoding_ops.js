'use strict';
// Per-encoding operations behind Buffer: byteLength, write, slice and indexOf, looked up by name
// the way node does (exact lower-case names first, then a case-insensitive retry).

const binding = internalBinding('buffer');
// --memory-summary's Buffer↔string counters: one property read per conversion when off.
const conversions = require('internal/diagnostics/conversions');

const encodingsMap = binding.encodings;
const { byteLengthUtf8: utf8ByteLength, slice: _slice } = binding;  // takes strings only

function base64ByteLength(str, bytes) {
  // '=' padding at the end carries no data.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(encoding, encodingVal, byteLength) {
  return {
    encoding,
    encodingVal,
    byteLength,
    // Arguments are validated by the caller: offset/length lie within buf.
    write: (buf, string, offset, length) => binding.write(buf, string, offset, length, encodingVal),
    // Into space the caller owns (a fresh buffer, the free end of the pool): bytes past the
    // result do not matter, which lets the native side write in bulk and trim afterwards.
    writeFresh: (buf, string, offset, length) =>
      binding.write(buf, string, offset, length, encodingVal, true),
    slice: (buf, start, end) => sliceOrThrow(buf, start, end, encodingVal),
    indexOf: (buf, val, byteOffset, dir) =>
      binding.indexOfString(buf, val, byteOffset, encodingVal, dir),
  };
}

function sliceOrThrow(buf, start, end, encodingVal) {
  const result = _slice(buf, start, end, encodingVal);
  if (result === undefined) throwStringTooLong();
  if (conversions.enabled) conversions.recordToString(encodingVal, end - start);
  return result;
}

function throwStringTooLong() {
  const { ERR_STRING_TOO_LONG } = require('internal/errors').codes;
  throw new ERR_STRING_TOO_LONG();
}

// bytes → string by encoding name, for toString(). The usual spellings are matched here so the
// native call is made directly with a constant encoding; anything else (other cases, objects
// with toString) takes getEncodingOps' full lookup. Returns undefined for an unknown encoding.
function sliceByName(buf, encoding, start, end) {
  switch (encoding) {
    case 'utf8':
    case 'utf-8':
      return sliceOrThrow(buf, start, end, encodingsMap.utf8);
    case 'latin1':
    case 'binary':
      return sliceOrThrow(buf, start, end, encodingsMap.latin1);
    case 'hex':
      return sliceOrThrow(buf, start, end, encodingsMap.hex);
    case 'base64':
      return sliceOrThrow(buf, start, end, encodingsMap.base64);
    case 'ascii':
      return sliceOrThrow(buf, start, end, encodingsMap.ascii);
  }
  const ops = getEncodingOps(encoding);
  return ops === undefined ? undefined : ops.slice(buf, start, end);
}

// Short strings are encoded in JS: cheaper than a call into native code. Same rules as the native
// path: lone surrogates become U+FFFD, and no character is written in part. (Counting is native at
// every length: optimized code calls it as a V8 fast API call, cheaper than any JS loop.)
const kShortString = 24;

function utf8Write(buf, string, offset, length) {
  const units = string.length;
  // The JS loop indexes elements, so it serves byte-sized views only.
  if (units > kShortString || buf.BYTES_PER_ELEMENT !== 1) {
    return binding.write(buf, string, offset, length, encodingsMap.utf8);
  }
  const end = offset + length;
  let o = offset;
  for (let i = 0; i < units; i++) {
    let c = string.charCodeAt(i);
    if (c < 0x80) {
      if (o >= end) break;
      buf[o++] = c;
      continue;
    }
    if (c < 0x800) {
      if (o + 2 > end) break;
      buf[o++] = 0xc0 | (c >> 6);
      buf[o++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < units ? string.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        if (o + 4 > end) break;
        const cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        buf[o++] = 0xf0 | (cp >> 18);
        buf[o++] = 0x80 | ((cp >> 12) & 0x3f);
        buf[o++] = 0x80 | ((cp >> 6) & 0x3f);
        buf[o++] = 0x80 | (cp & 0x3f);
        i++;
        continue;
      }
      c = 0xfffd;
    }
    if (o + 3 > end) break;
    buf[o++] = 0xe0 | (c >> 12);
    buf[o++] = 0x80 | ((c >> 6) & 0x3f);
    buf[o++] = 0x80 | (c & 0x3f);
  }
  return o - offset;
}

const utf8 = makeOps('utf8', encodingsMap.utf8, utf8ByteLength);
utf8.write = utf8Write;
utf8.writeFresh = (buf, string, offset, length) => (string.length <= kShortString ?
  utf8Write(buf, string, offset, length) :
  binding.write(buf, string, offset, length, encodingsMap.utf8, true));
const ucs2 = makeOps('ucs2', encodingsMap.ucs2, (string) => string.length * 2);
const utf16le = makeOps('utf16le', encodingsMap.ucs2, (string) => string.length * 2);
const latin1 = makeOps('latin1', encodingsMap.latin1, (string) => string.length);
const binary = makeOps('binary', encodingsMap.latin1, (string) => string.length);
const ascii = makeOps('ascii', encodingsMap.ascii, (string) => string.length);
const base64 = makeOps('base64', encodingsMap.base64,
                       (string) => base64ByteLength(string, string.length));
const base64url = makeOps('base64url', encodingsMap.base64url,
                          (string) => base64ByteLength(string, string.length));
const hex = makeOps('hex', encodingsMap.hex, (string) => string.length >>> 1);

const encodingOps = { utf8, ucs2, utf16le, latin1, binary, ascii, base64, base64url, hex };

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return utf8;
      if (encoding === 'ucs2') return ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return utf8;
      if (encoding === 'ucs2') return ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return utf8;
      if (encoding === 'ascii') return ascii;
      if (encoding === 'ucs-2') return ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return utf8;
      if (encoding === 'ascii') return ascii;
      if (encoding === 'ucs-2') return ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') return utf16le;
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') return utf16le;
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return latin1;
      if (encoding === 'base64') return base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return latin1;
      if (encoding === 'base64') return base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') return base64url;
      break;
  }
  return undefined;
}

module.exports = {
  conversions, encodingOps, encodingsMap, getEncodingOps, base64ByteLength, sliceByName, sliceOrThrow,
  utf8ByteLength, utf8Write,
};
