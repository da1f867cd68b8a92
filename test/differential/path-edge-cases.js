// path.posix edge cases: empty strings, runs of slashes, dot segments, the suffix quirks of
// basename, parse/format round trips, resolve against the working directory, argument errors.
'use strict';
const path = require('path');

function show(label, fn) {
  let out;
  try {
    out = JSON.stringify(fn());
  } catch (err) {
    out = `${err.name} [${err.code}] ${err.message}`;
  }
  console.log(`${label} -> ${out}`);
}

const samples = ['', '/', '//', '///', '.', '..', '...', './', '../', '/..', '/../', 'a/..',
                 '/a/b/../../..', 'a//b', '/a//b', '//a', '///a', 'a/b/', 'a/b//', '.bashrc',
                 '/.bashrc', 'a.', 'a..', '..a', '.a.', 'file.tar.gz', '/dir/file.tar.gz/',
                 'a/./b/./c', './a', '../../a/b'];

for (const p of samples) {
  show(`normalize(${JSON.stringify(p)})`, () => path.normalize(p));
  show(`dirname(${JSON.stringify(p)})`, () => path.dirname(p));
  show(`basename(${JSON.stringify(p)})`, () => path.basename(p));
  show(`extname(${JSON.stringify(p)})`, () => path.extname(p));
  show(`parse(${JSON.stringify(p)})`, () => path.parse(p));
  show(`isAbsolute(${JSON.stringify(p)})`, () => path.isAbsolute(p));
}

const suffixes = [['/ab/', 'xab'], ['///', 'x'], ['ab', 'ab'], ['/ab', 'ab'], ['a.js/', '.js'],
                  ['a.js', 'a.js'], ['/a/b.js', '/b.js'], ['x', 'xx'], ['', 'x'], ['.js', '.js'],
                  ['aaa', 'a'], ['file.js', '']];
for (const [p, s] of suffixes) {
  show(`basename(${JSON.stringify(p)}, ${JSON.stringify(s)})`, () => path.basename(p, s));
}

show('join()', () => path.join());
show("join('')", () => path.join(''));
show("join('', '')", () => path.join('', ''));
show("join('a', '', 'b')", () => path.join('a', '', 'b'));
show("join('/a', '../../..', 'b/')", () => path.join('/a', '../../..', 'b/'));
show("relative('/a/b', '/a/b')", () => path.relative('/a/b', '/a/b'));
show("relative('/a/b', '/a/bc')", () => path.relative('/a/b', '/a/bc'));
show("relative('/', '/a')", () => path.relative('/', '/a'));
show("relative('/a', '/')", () => path.relative('/a', '/'));
show("relative('/a/b/c', '/d')", () => path.relative('/a/b/c', '/d'));
show("resolve('/a', 'b', '../c')", () => path.resolve('/a', 'b', '../c'));
show("resolve('/x', '/a/', '')", () => path.resolve('/x', '/a/', ''));
show('resolve() is the cwd', () => path.resolve() === process.cwd());
show("relative(cwd, 'x')", () => path.relative(process.cwd(), 'x'));
show("format({ root: '/', base: 'b' })", () => path.format({ root: '/', base: 'b' }));
show("format({ dir: '/x', name: 'n', ext: 'e' })", () => path.format({ dir: '/x', name: 'n', ext: 'e' }));
show("format({ name: 'n', ext: '.e', base: '' })", () => path.format({ name: 'n', ext: '.e', base: '' }));
show("format({ root: '/r', dir: '/r' , base: 'b'})", () => path.format({ root: '/r', dir: '/r', base: 'b' }));
show('toNamespacedPath', () => path.toNamespacedPath('/a/b'));
show('sep/delimiter', () => [path.sep, path.delimiter]);
show('posix is path', () => path.posix === path && require('path/posix') === path);

// Argument validation.
show('join(1)', () => path.join('a', 1));
show('resolve(null)', () => path.resolve(null));
show("resolve(1, '/a') skips the unused argument", () => path.resolve(1, '/a'));
show('normalize({})', () => path.normalize({}));
show('basename(1)', () => path.basename(1));
show("basename('a', 1)", () => path.basename('a', 1));
show('dirname(undefined)', () => path.dirname(undefined));
show('extname([])', () => path.extname([]));
show("relative('a', null)", () => path.relative('a', null));
show('format(null)', () => path.format(null));
show("format('x')", () => path.format('x'));
show('parse(Symbol)', () => path.parse(Symbol('s')));
show('isAbsolute(true)', () => path.isAbsolute(true));
