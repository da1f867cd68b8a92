'use strict';

// The leaf text rules of util.inspect: how strings are quoted and escaped, how numbers and bigints
// are spelled, how wide a string is on a terminal, and the "Name [tag] " prefixes of objects.

const { validateString } = require('internal/validators');

// Control characters (C0, DEL, C1), the quote in use, the backslash, and lone surrogates need
// escaping. The "single" variants leave the single quote alone: used when the string is wrapped in
// double quotes or backticks.
const kLoneSurrogate = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const kNeedsEscape = new RegExp(`[\\x00-\\x1f\\x27\\x5c\\x7f-\\x9f]|${kLoneSurrogate}`);
const kNeedsEscapeAll = new RegExp(kNeedsEscape.source, 'g');
const kNeedsEscapeNoQuote = new RegExp(`[\\x00-\\x1f\\x5c\\x7f-\\x9f]|${kLoneSurrogate}`);
const kNeedsEscapeNoQuoteAll = new RegExp(kNeedsEscapeNoQuote.source, 'g');

const kShortEscapes = { 8: '\\b', 9: '\\t', 10: '\\n', 12: '\\f', 13: '\\r', 39: "\\'", 92: '\\\\' };

function hex2(code) {
  return code.toString(16).toUpperCase().padStart(2, '0');
}

// The escape for one UTF-16 unit: short forms where JS has them, \xHH for the rest of the first
// 160 code units, \uhhhh (lower case, as node prints) for lone surrogates.
function escapeUnit(code) {
  const short = kShortEscapes[code];
  if (short !== undefined) return short;
  if (code < 0xa0) return `\\x${hex2(code)}`;
  return `\\u${code.toString(16)}`;
}

function escapeMatch(match) {
  return escapeUnit(match.charCodeAt(0));
}

const kQuoteSingle = 0;
const kQuoteDouble = 1;
const kQuoteBacktick = 2;

function wrapInQuotes(body, quote) {
  if (quote === kQuoteDouble) return `"${body}"`;
  if (quote === kQuoteBacktick) return `\`${body}\``;
  return `'${body}'`;
}

// Quotes a string the way node does: single quotes unless the string holds one; then double
// quotes if it holds none of those, else backticks if it holds neither ` nor ${; else single
// quotes with the inner ones escaped.
function strEscape(str) {
  let quote = kQuoteSingle;
  let test = kNeedsEscape;
  let replacer = kNeedsEscapeAll;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = kQuoteDouble;
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = kQuoteBacktick;
    }
    if (quote !== kQuoteSingle) {
      test = kNeedsEscapeNoQuote;
      replacer = kNeedsEscapeNoQuoteAll;
    }
  }
  if (!test.test(str)) return wrapInQuotes(str, quote);
  return wrapInQuotes(str.replace(replacer, escapeMatch), quote);
}

// Symbol descriptions and non-enumerable keys are escaped but never re-quoted.
function escapeWithoutQuotes(str) {
  return str.replace(kNeedsEscapeAll, escapeMatch);
}

// 1234567 -> 1_234_567 (a leading minus sign is kept apart).
function addNumericSeparator(digits) {
  const start = digits[0] === '-' ? 1 : 0;
  let i = digits.length;
  let result = '';
  for (; i >= start + 4; i -= 3) {
    result = `_${digits.slice(i - 3, i)}${result}`;
  }
  return i === digits.length ? digits : `${digits.slice(0, i)}${result}`;
}

// Fraction digits are grouped from the left: 0.1234567 -> 0.123_456_7.
function addNumericSeparatorEnd(digits) {
  let result = '';
  let i = 0;
  for (; i < digits.length - 3; i += 3) {
    result += `${digits.slice(i, i + 3)}_`;
  }
  return i === 0 ? digits : `${result}${digits.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const intText = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || intText.includes('e')) return stylize(intText, 'number');
    return stylize(addNumericSeparator(intText), 'number');
  }
  if (Number.isNaN(number)) return stylize(intText, 'number');
  // Split at the decimal point of the number's own spelling. Exponent forms without a point
  // (1e-7) come out oddly, exactly as they do in node.
  const text = String(number);
  const point = text.indexOf('.');
  return stylize(`${addNumericSeparator(text.slice(0, point))}.` +
                 addNumericSeparatorEnd(text.slice(point + 1)), 'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const digits = String(bigint);
  return stylize(`${numericSeparator ? addNumericSeparator(digits) : digits}n`, 'bigint');
}

// Strings longer than this are never split into "a' +\n 'b" lines.
const kMinLineLength = 16;

function formatPrimitive(stylize, value, ctx) {
  switch (typeof value) {
    case 'string': {
      let trailer = '';
      if (value.length > ctx.maxStringLength) {
        const remaining = value.length - ctx.maxStringLength;
        value = value.slice(0, ctx.maxStringLength);
        trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
      }
      if (ctx.compact !== true &&
          value.length > kMinLineLength &&
          value.length > ctx.breakLength - ctx.indentationLvl - 4) {
        // Long strings break after each newline they contain, one quoted piece per line.
        const indentation = ' '.repeat(ctx.indentationLvl + 2);
        return value.split(/(?<=\n)/)
          .map((line) => stylize(strEscape(line), 'string'))
          .join(` +\n${indentation}`) + trailer;
      }
      return stylize(strEscape(value), 'string') + trailer;
    }
    case 'number':
      return formatNumber(stylize, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(stylize, value, ctx.numericSeparator);
    case 'boolean':
      return stylize(`${value}`, 'boolean');
    case 'undefined':
      return stylize('undefined', 'undefined');
    default:
      return stylize(Symbol.prototype.toString.call(value), 'symbol');
  }
}

// "Foo ", "Foo [tag] ", "Foo(3) ", "[Object: null prototype] " ...: the part before the braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

// ANSI escape sequences (CSI and OSC forms), as terminals interpret them.
const kAnsiPattern = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
  '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(kAnsiPattern, '');
}

// Display width follows Unicode's East Asian Width (wide and fullwidth count 2), emoji
// presentation (2), and zero width for controls, format characters, marks and emoji modifiers.
// The East Asian Wide/Fullwidth ranges of Unicode 15, as [first, last] pairs.
const kWideRanges = [
  0x1100, 0x115f, 0x231a, 0x231b, 0x2329, 0x232a, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3,
  0x25fd, 0x25fe, 0x2614, 0x2615, 0x2648, 0x2653, 0x267f, 0x267f, 0x2693, 0x2693, 0x26a1, 0x26a1,
  0x26aa, 0x26ab, 0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea,
  0x26f2, 0x26f3, 0x26f5, 0x26f5, 0x26fa, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270b,
  0x2728, 0x2728, 0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797,
  0x27b0, 0x27b0, 0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55, 0x2e80, 0x2e99,
  0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3000, 0x303e, 0x3041, 0x3096, 0x3099, 0x30ff,
  0x3105, 0x312f, 0x3131, 0x318e, 0x3190, 0x31e3, 0x31f0, 0x321e, 0x3220, 0x3247, 0x3250, 0x4dbf,
  0x4e00, 0xa48c, 0xa490, 0xa4c6, 0xa960, 0xa97c, 0xac00, 0xd7a3, 0xf900, 0xfaff, 0xfe10, 0xfe19,
  0xfe30, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xff01, 0xff60, 0xffe0, 0xffe6, 0x16fe0, 0x16fe4,
  0x16ff0, 0x16ff1, 0x17000, 0x187f7, 0x18800, 0x18cd5, 0x18d00, 0x18d08, 0x1aff0, 0x1aff3,
  0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b132, 0x1b132, 0x1b150, 0x1b152,
  0x1b155, 0x1b155, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf,
  0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f200, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248,
  0x1f250, 0x1f251, 0x1f260, 0x1f265, 0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c,
  0x1f37e, 0x1f393, 0x1f3a0, 0x1f3ca, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4,
  0x1f3f8, 0x1f43e, 0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e,
  0x1f550, 0x1f567, 0x1f57a, 0x1f57a, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f,
  0x1f680, 0x1f6c5, 0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d7, 0x1f6dc, 0x1f6df,
  0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fc, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f90c, 0x1f93a,
  0x1f93c, 0x1f945, 0x1f947, 0x1f9ff, 0x1fa70, 0x1fa7c, 0x1fa80, 0x1fa88, 0x1fa90, 0x1fabd,
  0x1fabf, 0x1fac5, 0x1face, 0x1fadb, 0x1fae0, 0x1fae8, 0x1faf0, 0x1faf8, 0x20000, 0x2fffd,
  0x30000, 0x3fffd,
];

function isWideCodePoint(code) {
  if (code < 0x1100) return false;
  let lo = 0;
  let hi = kWideRanges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < kWideRanges[mid * 2]) {
      hi = mid - 1;
    } else if (code > kWideRanges[mid * 2 + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

const kZeroWidth = /^[\p{Cc}\p{Cf}\p{Me}\p{Mn}\p{Emoji_Modifier}]$/u;
const kEmojiPresentation = /^\p{Emoji_Presentation}$/u;

function codePointWidth(char, code) {
  if (isWideCodePoint(code) || kEmojiPresentation.test(char)) return 2;
  // The soft hyphen is a format character that terminals still draw.
  if (code !== 0xad && kZeroWidth.test(char)) return 0;
  return 1;
}

function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  let i = 0;
  // The ASCII prefix is the common case and needs no Unicode lookups.
  for (; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) break;
    if (code >= 32) width++;
  }
  if (i === str.length) return width;
  for (const char of str.slice(i).normalize('NFC')) {
    width += codePointWidth(char, char.codePointAt(0));
  }
  return width;
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1F ||
    (code >= 0x7F && code <= 0x9F) ||
    (code >= 0x300 && code <= 0x36F) ||
    (code >= 0x200B && code <= 0x200F) ||
    (code >= 0x20D0 && code <= 0x20FF) ||
    (code >= 0xFE00 && code <= 0xFE0F) ||
    (code >= 0xFE20 && code <= 0xFE2F) ||
    (code >= 0xE0100 && code <= 0xE01EF);
}

module.exports = {
  addNumericSeparator,
  escapeWithoutQuotes,
  formatBigInt,
  formatNumber,
  formatPrimitive,
  getPrefix,
  getStringWidth,
  isZeroWidthCodePoint,
  stripVTControlCharacters,
  strEscape,
};
