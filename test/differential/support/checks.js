'use strict';
// What the generated differential tests share: one printed line per check — its label and a
// rendering of the result, or the thrown error's name, code and message — and the count at the
// end, so that node and octet must agree on every line.

// FNV-1a over a string's units or a buffer's bytes: long results print as a short digest.
function digest(value) {
  if (typeof value === 'number') return `n${value}`;
  let h = 0x811c9dc5;
  if (typeof value === 'string') {
    for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
    return `s${value.length}:${(h >>> 0).toString(16)}`;
  }
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value[i], 0x01000193);
  return `b${value.length}:${(h >>> 0).toString(16)}`;
}

// check(label, fn) prints `label<separator>render(fn())`; count() is how many ran.
function createChecks(render, separator = ' => ') {
  let checks = 0;
  function check(label, fn) {
    let out;
    try {
      out = render(fn());
    } catch (e) {
      out = `${e.name}|${e.code}|${e.message}`;
    }
    checks++;
    console.log(`${label}${separator}${out}`);
  }
  return { check, count: () => checks };
}

module.exports = { createChecks, digest };
