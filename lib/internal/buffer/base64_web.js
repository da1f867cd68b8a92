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

// Character code → 0 for ASCII whitespace, 1 for the base64 alphabet, 2 for '=', undefined
// for anything else.
const kWhitespace = 0;
const kAlphabet = 1;
const kEqual = 2;
const kClasses = new Uint8Array(128).fill(255);
for (const c of [0x09, 0x0a, 0x0c, 0x0d, 0x20]) kClasses[c] = kWhitespace;
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') {
  kClasses[c.charCodeAt(0)] = kAlphabet;
}
kClasses[0x3d] = kEqual;

function atob(input) {
  input = `${input}`;
  let nonAsciiWhitespaceCharCount = 0;
  let equalCharCount = 0;

  for (let n = 0; n < input.length; n++) {
    const code = input.charCodeAt(n);
    const cls = code < 128 ? kClasses[code] : 255;
    if (cls === kAlphabet || cls === kEqual) {
      nonAsciiWhitespaceCharCount++;
      if (cls === kEqual) {
        equalCharCount++;
      } else if (equalCharCount) {
        // '=' is only allowed at the end.
        throw lazyDOMException('Invalid character', 'InvalidCharacterError');
      }
      if (equalCharCount > 2) {
        throw lazyDOMException('Invalid character', 'InvalidCharacterError');
      }
    } else if (cls !== kWhitespace) {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }

  let reminder = nonAsciiWhitespaceCharCount % 4;
  if (!reminder) {
    // Without the trailing '=' characters, what remains?
    reminder = (nonAsciiWhitespaceCharCount - equalCharCount) % 4;
  } else if (equalCharCount) {
    // '=' padding is only valid when it completes a group of four.
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }

  if (reminder === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }

  return Buffer().from(input, 'base64').toString('latin1');
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
