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

// Display width as terminals draw it, following Unicode 17 as node 20's ICU does: East Asian
// Wide and Fullwidth characters and emoji presentation take two columns; controls, format
// characters, combining and enclosing marks and emoji modifiers none (the soft hyphen one).
// The sets below are the code point ranges of those two classes, generated from the Unicode
// data: comma-separated `start` or `start-length` pairs in base 36, where the range is
// [start, start + length]. Everything else is one column wide.
const kWideData =
  '3cw-2n,6xm-1,6y1-1,73d-3,73k,73n,7i5-1,7is-1,7jk-7,7k8-b,7lr,7m2-5,7mb,7mp,7my-1,7nh-1,7no-1' +
  ',7ny,7o4,7oq,7oy-1,7p1,7p6,7p9,7ph,7pm-1,7qg,7rg,7ri,7rn-2,7rr,7th-2,7u8,7un,8ij-1,8k0,8k5,9' +
  '6o-p,97f-2g,9a8-5x,9gw-26,9j5-2d,9ll-2u,9ol-16,9pt-2l,9sg-2d,9v3-1b,9wg-13,9xs-mkc,wi8-1i,xg' +
  'g-s,xz4-8mb,1d6o-e7,1e6o-9,1e7k-y,1e8k-i,1e94-3,1edd-2n,1ejk-6,20o0-4,20og-6,20ow-5p1,26f3-v' +
  ',26io-36,2dbk-3,2dbp-6,2dbx-1,2dc0-82,2dki,2dlc-2,2dlh,2dlw-3,2dm8-az,2k8w-2e,2kbk-m,2pz8,2q' +
  '4v,2qa6,2qa9-9,2qcm-s,2qds-17,2qf4-8,2qfk-1,2qg0-5,2qkg-w,2qlp-8,2qlz-1x,2qny-l,2qow-16,2qq7' +
  '-4,2qqo-g,2qr8,2qrc-1y,2qtc,2qte-56,2qyn-1q,2r0r-3,2r0w-n,2r22,2r2t-1,2r38,2r5n-2c,2r9c-1x,2' +
  'rbg,2rbk-2,2rbp-3,2rbw-3,2rcb-1,2rck-8,2rj4-b,2rjk,2rrg-1a,2rss-9,2rt3-54,2s1c-c,2s1s-a,2s26' +
  '-1k,2s3s,2s3x-f,2s4f-b,2s4v-9,2t4w-1ekd,47pc-1ekd';
const kZeroWidthData =
  '0-v,3j-w,lc-33,w3-6,13l-18,14v,14x-1,150-1,153,16o-5,174-a,17g,18r-k,19s,1cm-7,1cv-5,1d3-1,1' +
  'd6-3,1e7,1e9,1f4-q,1ie-a,1kb-8,1kt,1li-3,1ln-8,1lx-2,1m1-4,1nd-2,1ow-1,1p3-8,1qi-1k,1tm,1to,' +
  '1tt-7,1u5,1u9-6,1uq-1,1vl,1x8,1xd-3,1xp,1ya-1,1z2,1z5-1,20s,20x-1,213-1,217-2,21d,228-1,22d,' +
  '22p-1,24c,24h-4,24n-1,24t,25e-1,262-5,269,27w,27z,281-3,28d,28l-1,28y-1,29u,2bk,2bx,2dc,2dg,' +
  '2f0,2f2-2,2fa-2,2fe-3,2fp-1,2g2-1,2gx,2ik,2in,2iu,2j0-1,2jm-1,2kg-1,2m3-1,2m9-3,2ml,2n6-1,2o' +
  '1,2q2,2qa-2,2qe,2sx,2t0-6,2tj-7,2wh,2wk-8,2x4-6,2zc-1,305,307,309,31t-d,328-4,32e-1,32l-a,32' +
  'x-z,346,371-3,376-5,37d-1,37h-1,388-1,38e-2,38x-3,39e,39h-1,39p,3a5,3tp-2,4k2-2,4ky-1,4lu-1,' +
  '4mq-1,4ok-1,4on-6,4p2,4p5-a,4pp,4qz-4,4ud-1,4vd,4yo-2,4yv-1,4z6,4zd-2,55j-1,55n,57a,57c-6,57' +
  'k,57m,57p-7,583-9,58f,59s-19,5b4-b,5c0-3,5dg,5di-4,5do,5du,5ez-8,5fk-1,5gi-3,5go-1,5gr-2,5ie' +
  ',5ig-1,5il,5in-2,5kc-7,5km-1,5ow-2,5p0-c,5pe-6,5pp,5pw,5q0-1,5vk-1r,6bv-4,6cq-4,6e8-4,6ee-9,' +
  '6hc-w,8vj-2,8zj,928-v,wvj-3,wvo-9,wwu-1,wz4-1,x6q,x6u,x6z,x7p-1,x7w,xc4-1,xcw-h,xdr,xeu-7,xf' +
  'r-a,xhc-2,xir,xiu-3,xj0-1,xk5,xm1-5,xm9-1,xmd-1,xmr,xn0,xoc,xps,xpu-2,xpz-1,xq6-1,xq9,xrg-1,' +
  'xrq,xyd,xyg,xyl,1dlq,1e68-f,1e74-f,1edb,1ek9-2,1eyl,1f4w,1f92-4,1gjl-2,1gjp-1,1gjw-3,1gl4-2,' +
  '1glb,1gpx-1,1h5w-3,1h7t-4,1hgr-1,1hiy-5,1hl2-a,1hmq-3,1hq9,1hrs-e,1htc,1htf-1,1htr-2,1hv7-3,' +
  '1hvd-1,1hvh,1hvm,1hvx,1hxc-2,1hyf-4,1hyl-7,1i0j,1i0w-1,1i2e-8,1i2x-3,1i33,1i5r-2,1i5w,1i5y-1' +
  ',1i66,1i69,1ian,1iar-7,1ibk-1,1id7-1,1idc,1iee-6,1ieo-4,1igr-5,1iha,1ihc,1ihe,1iht-1,1ik8-7,' +
  '1iki-2,1ikm,1ila,1inn-5,1inu,1inz-1,1io2-1,1iuq-3,1iv0-1,1iv3-1,1ivw-1,1iyb-7,1iyl,1iyn-1,1j' +
  '1n,1j1p,1j1s-5,1j1z,1j4t,1j4v,1j4y-3,1j53-4,1jcf-8,1jcp-1,1jjv-1,1jjy,1jk3,1jo4-3,1joa-1,1jo' +
  'g,1jpd-9,1jqr-5,1jqz-3,1jrb,1jrl-5,1jrt-2,1jt6-c,1jtk-1,1jz4,1jz6-2,1jza,1k4w-6,1k54-5,1k5b,' +
  '1k7m-l,1k8a-6,1k8i-1,1k8l-1,1kc1-5,1kca,1kcc-1,1kcf-6,1kcn,1keo-1,1ket,1kev,1koj-1,1kow-1,1k' +
  'qe-4,1kqo,1kqq,1kre,1ovk-g,1ow7-e,1xr2-b,1xrh-2,1zow-4,1zqo-6,20jz,20lr-3,2ftp-1,2fts-3,2jgg' +
  '-19,2jhs-m,2jxj-2,2jxv-f,2jyd-6,2jze-3,2k3m-2,2lmo-1i,2lob-1d,2lpx,2lqc,2lqz-4,2lr5-e,2mtc-6' +
  ',2mtk-g,2mu3-6,2mub-1,2mue-4,2mxb,2n1s-6,2nce,2ne4-3,2nsc-3,2nzi-1,2o6b,2o6e,2o6m-1,2o6t,2ok' +
  '0-6,2on8-6,jny9,jnz4-2n,jo5c-6n';

function decodeRanges(data) {
  const bounds = [];
  for (const item of data.split(',')) {
    const dash = item.indexOf('-');
    const first = parseInt(dash === -1 ? item : item.slice(0, dash), 36);
    bounds.push(first, dash === -1 ? first : first + parseInt(item.slice(dash + 1), 36));
  }
  return bounds;
}

let wideRanges;
let zeroWidthRanges;

function inRanges(bounds, code) {
  let lo = 0;
  let hi = bounds.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (code < bounds[mid * 2]) {
      hi = mid - 1;
    } else if (code > bounds[mid * 2 + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

function codePointWidth(code) {
  if (wideRanges === undefined) {
    wideRanges = decodeRanges(kWideData);
    zeroWidthRanges = decodeRanges(kZeroWidthData);
  }
  if (inRanges(wideRanges, code)) return 2;
  if (inRanges(zeroWidthRanges, code)) return 0;
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
    width += codePointWidth(char.codePointAt(0));
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
