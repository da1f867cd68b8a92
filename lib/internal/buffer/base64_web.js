'use strict';
// atob() and btoa(): the web's strict ("forgiving-base64") rules, which differ from Buffer's
// lenient base64: only ASCII whitespace may be skipped, '=' only at the end, and errors are
// DOMException InvalidCharacterError.

let DOMException;
function lazyDOMException(message, name) {
  if (DOMException === undefined) {
    DOMException = require('internal/per_context/domexception').DOMException;
  }
  return new DOMException(message, name);
}

function Buffer() {
  return require('buffer').Buffer;
}

const kAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const isWhitespace = (c) => c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;

// Forgiving-base64 with node 20's error split: up to two trailing '=' (whitespace around them
// allowed) are taken off first; then any character outside the alphabet is "Invalid character",
// one leftover character is "not correctly encoded", and padding that does not complete the last
// group of four is "Invalid character".
function atob(input) {
  input = `${input}`;
  let length = input.length;
  while (length > 0 && isWhitespace(input.charCodeAt(length - 1))) length--;
  let padding = 0;
  while (padding < 2 && length > 0 && input.charCodeAt(length - 1) === 0x3d) {
    padding++;
    length--;
    while (length > 0 && isWhitespace(input.charCodeAt(length - 1))) length--;
  }

  let significant = 0;
  for (let n = 0; n < length; n++) {
    const code = input.charCodeAt(n);
    if (isWhitespace(code)) continue;
    if (code > 0x7f || !kAlphabet.includes(input[n])) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
    significant++;
  }
  if (significant === 0 && padding > 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (significant % 4 === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  if (padding > 0) {
    const bytes = Math.floor(significant / 4) * 3 + (significant % 4 === 0 ? 0 : significant % 4 - 1);
    if (bytes % 3 === 0 || (bytes % 3) + 1 + padding !== 4) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }

  return Buffer().from(input.slice(0, length), 'base64').toString('latin1');
}
function btoa(input) {
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  return Buffer().from(input, 'latin1').toString('base64');
}

module.exports = { atob, btoa };
