// require(): relative, absolute, extensions, directories, package.json main, node_modules, JSON,
// the cache, cycles, require.resolve, builtins with and without node:.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
const rel = (p) => path.relative(fixtures, p);

const a = require('../fixtures/modules/cycle/a');
console.log('cycle', a.name, a.b, a.done, require('../fixtures/modules/cycle/b').sawPartialA);
console.log('pkg main', require('../fixtures/modules/pkg-main'));
console.log('pkg index', require('../fixtures/modules/pkg-index'));
console.log('json', require('../fixtures/modules/data.json'));
console.log('json via no ext', require('../fixtures/modules/data').answer);
console.log('absolute', require(path.join(fixtures, 'pkg-index', 'index.js')).kind);
console.log('node_modules', require('../fixtures/modules/nested/uses-dep'));
console.log('hashbang', require('../fixtures/modules/hashbang'));
const c1 = require('../fixtures/modules/counter');
const c2 = require('../fixtures/modules/counter.js');
console.log('cache', c1 === c2, c1.count, c1.viaThis);
const key = require.resolve('../fixtures/modules/counter');
console.log('resolve', rel(key), key in require.cache);
delete require.cache[key];
console.log('reload', require('../fixtures/modules/counter').count, require('../fixtures/modules/counter') !== c1);
console.log('resolve builtin', require.resolve('fs'), require.resolve('node:path'));
console.log('builtin same', require('path') === require('node:path'));
console.log('resolve paths relative', require.resolve.paths('./x').map(rel));
console.log('module', typeof module, module.id, rel(module.filename) , module.loaded, module.children.length > 0);
console.log('filename', path.basename(__filename), path.basename(__dirname));
console.log('main', require.main === module);
console.log('exports identity', exports === module.exports, this === module.exports);
