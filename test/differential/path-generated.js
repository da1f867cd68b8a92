// path.posix on generated paths: every function's result (or error) for paths built from a
// fixed-seed generator over separators, dots, names and extensions.
'use strict';
const path = require('path');


const random = require('./support/random')(20240611).rand;
const atoms = ['/', '/', '//', '.', '..', '...', 'a', 'bc', 'file', '.js', 'x.y', '.git',
               '', 'é', ' ', '\\', 'c:', '.a.', 'ab', 'xab', '~'];

function pick() {
  return atoms[Math.floor(random() * atoms.length)];
}

function generate() {
  let s = '';
  const n = Math.floor(random() * 6);
  for (let i = 0; i < n; i++) s += pick();
  return s;
}

function show(fn) {
  try {
    return JSON.stringify(fn());
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
}

for (let i = 0; i < 400; i++) {
  const a = generate();
  const b = generate();
  const c = generate();
  const results = [
    show(() => path.normalize(a)),
    show(() => path.join(a, b, c)),
    show(() => path.resolve('/base', a, b)),
    show(() => path.relative(`/r/${a}`, `/r/${b}`)),
    show(() => path.dirname(a)),
    show(() => path.basename(a)),
    show(() => path.basename(a, b)),
    show(() => path.extname(a)),
    show(() => path.parse(a)),
    show(() => path.format(path.parse(a))),
    show(() => path.isAbsolute(a)),
  ];
  console.log(JSON.stringify(a), JSON.stringify(b), JSON.stringify(c));
  console.log('  ' + results.join('\n  '));
}
