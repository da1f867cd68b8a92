'use strict';
// Per-encoding operations behind Buffer: byteLength, write, slice and indexOf, looked up by name
// the way node does (exact lower-case names first, then a case-insensitive retry).

const binding = internalBinding('buffer');

const encodingsMap = binding.encodings;

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
    slice: (buf, start, end) => sliceOrThrow(buf, start, end, encodingVal),
    indexOf: (buf, val, byteOffset, dir) =>
      binding.indexOfString(buf, val, byteOffset, encodingVal, dir),
  };
}

let ERR_STRING_TOO_LONG;
function sliceOrThrow(buf, start, end, encodingVal) {
  const result = binding.slice(buf, start, end, encodingVal);
  if (result === undefined) {
    if (ERR_STRING_TOO_LONG === undefined) {
      ERR_STRING_TOO_LONG = require('internal/errors').codes.ERR_STRING_TOO_LONG;
    }
    throw new ERR_STRING_TOO_LONG();
  }
  return result;
}

const utf8 = makeOps('utf8', encodingsMap.utf8, binding.byteLengthUtf8);
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

module.exports = { encodingOps, encodingsMap, getEncodingOps, base64ByteLength, sliceOrThrow };
