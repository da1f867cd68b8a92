'use strict';
// buffer.transcode(): re-encode bytes between utf8, ucs2/utf16le, latin1/binary and ascii with
// the results node gets from ICU: unmappable characters become '?' (one per code point) in
// latin1/ascii and U+FFFD in UTF-8/UTF-16, while utf8→ucs2 and ucs2→utf8 refuse ill-formed
// input with U_INVALID_CHAR_FOUND.

const { codes: { ERR_INVALID_ARG_TYPE }, genericNodeError } = require('internal/errors');
const { isUint8Array } = require('internal/util/types');
const { normalizeEncoding } = require('internal/util');

const binding = internalBinding('buffer');

// ICU's error codes, by the number node reports as errno.
const U_ILLEGAL_ARGUMENT_ERROR = 1;
const U_INVALID_CHAR_FOUND = 10;
const icuErrorNames = {
  [U_ILLEGAL_ARGUMENT_ERROR]: 'U_ILLEGAL_ARGUMENT_ERROR',
  [U_INVALID_CHAR_FOUND]: 'U_INVALID_CHAR_FOUND',
};

function icuError(errno) {
  const code = icuErrorNames[errno];
  return genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno });
}

function Buffer() {
  return require('buffer').Buffer;
}

// ICU's substitution callback drops unmappable "default ignorable" code points (U+FEFF, zero
// width and bidi controls, variation selectors, ...) instead of writing '?'.
function isDefaultIgnorable(c) {
  return c === 0x00ad || c === 0x034f || c === 0x061c || c === 0x115f || c === 0x1160 ||
    (c >= 0x17b4 && c <= 0x17b5) || (c >= 0x180b && c <= 0x180f) ||
    (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) || c === 0x3164 || (c >= 0xfe00 && c <= 0xfe0f) ||
    c === 0xfeff || c === 0xffa0 || (c >= 0xfff0 && c <= 0xfff8) ||
    (c >= 0x1bca0 && c <= 0x1bca3) || (c >= 0x1d173 && c <= 0x1d17a) ||
    (c >= 0xe0000 && c <= 0xe0fff);
}

// A JS string → bytes of latin1 (limit 0xff) or ascii (limit 0x7f): '?' per unmappable code
// point, nothing for an unmappable default-ignorable one.
function narrow(string, limit) {
  const out = Buffer().allocUnsafe(string.length);
  let o = 0;
  for (let i = 0; i < string.length; i++) {
    let c = string.charCodeAt(i);
    if (c <= limit) {
      out[o++] = c;
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      }
    }
    if (!isDefaultIgnorable(c)) out[o++] = 0x3f;
  }
  return out.subarray(0, o);
}

// UTF-16 units of the source (odd trailing byte dropped) as a JS string.
function ucs2String(source) {
  return Buffer().prototype.ucs2Slice.call(source, 0, source.length & ~1);
}

function hasLoneSurrogate(string) {
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < string.length ? string.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      return true;
    }
    if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

// Lone surrogates → U+FFFD.
function wellFormed(string) {
  if (!hasLoneSurrogate(string)) return string;
  let out = '';
  for (let i = 0; i < string.length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
      const next = string.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += string[i] + string[i + 1];
        i++;
        continue;
      }
    }
    out += (c >= 0xd800 && c <= 0xdfff) ? '\ufffd' : string[i];
  }
  return out;
}

function fromSingleByte(source, from, to) {
  const B = Buffer();
  const proto = B.prototype;
  if (to === 'ucs2') return B.from(proto.latin1Slice.call(source, 0, source.length), 'ucs2');
  if (from === 'latin1') {
    const string = proto.latin1Slice.call(source, 0, source.length);
    if (to === 'utf8') return B.from(string, 'utf8');
    return to === 'latin1' ? B.from(string, 'latin1') : narrow(string, 0x7f);
  }
  // ascii input: bytes above 0x7f are invalid, substituted per byte.
  const out = to === 'utf8' ? [] : B.allocUnsafe(source.length);
  for (let i = 0; i < source.length; i++) {
    const b = source[i];
    if (to === 'utf8') {
      if (b < 0x80) out.push(b);
      else out.push(0xef, 0xbf, 0xbd);
    } else {
      out[i] = b < 0x80 ? b : 0x3f;
    }
  }
  return to === 'utf8' ? B.from(out) : out;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  const B = Buffer();
  if (source.length === 0) return B.alloc(0);

  const from = supported(normalizeEncoding(fromEncoding));
  const to = supported(normalizeEncoding(toEncoding));
  if (from === undefined || to === undefined) throw icuError(U_ILLEGAL_ARGUMENT_ERROR);

  if (from === 'latin1' || from === 'ascii') return fromSingleByte(source, from, to);

  if (from === 'utf8') {
    if (to === 'ucs2') {
      if (!binding.isUtf8(source)) throw icuError(U_INVALID_CHAR_FOUND);
      return B.from(B.prototype.utf8Slice.call(source, 0, source.length), 'ucs2');
    }
    const string = B.prototype.utf8Slice.call(source, 0, source.length);
    if (to === 'utf8') return B.from(string, 'utf8');
    return narrow(string, to === 'latin1' ? 0xff : 0x7f);
  }

  // from ucs2
  const string = ucs2String(source);
  if (to === 'utf8') {
    // ICU reports an input without a single whole unit as U_INVALID_CHAR_FOUND too.
    if (string.length === 0 || hasLoneSurrogate(string)) throw icuError(U_INVALID_CHAR_FOUND);
    return B.from(string, 'utf8');
  }
  if (to === 'ucs2') {
    const result = B.from(wellFormed(string), 'ucs2');
    // A dangling odd byte is an incomplete unit: ICU substitutes U+FFFD for it.
    return source.length % 2 === 0 ? result : B.concat([result, B.from([0xfd, 0xff])]);
  }
  return narrow(string, to === 'latin1' ? 0xff : 0x7f);
}

function supported(normalized) {
  switch (normalized) {
    case 'utf8':
    case 'latin1':
    case 'ascii':
      return normalized;
    case 'utf16le':
      return 'ucs2';
    default:
      return undefined;
  }
}

module.exports = { transcode };
