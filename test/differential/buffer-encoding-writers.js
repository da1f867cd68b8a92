'use strict';
// buf.<encoding>Write(string, offset, length) for every encoding: node implements all of them natively,
// parsing offset and length once as array indices and clamping the length to the room left.
function show(f) { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const m of ['utf8Write', 'latin1Write', 'asciiWrite', 'hexWrite', 'ucs2Write', 'base64Write']) {
  console.log(m, typeof Buffer.prototype[m], Buffer.prototype[m].toString().includes('native'));
  const b = () => Buffer.alloc(4);
  show(() => b()[m]('abcdef', 1, 10));
  show(() => b()[m]('abcdef', 5));
  show(() => b()[m]('abcdef', -1));
  show(() => b()[m]('abcdef', 1, -1));
  show(() => b()[m]('abcdef', 1.5, 2.7));
  show(() => b()[m]('abcdef', '1', '2'));
  show(() => b()[m]('abcdef', NaN, NaN));
  show(() => b()[m](12, 0));
  show(() => b()[m]('abcdef'));
  show(() => b()[m]('abcdef', undefined, 2));
  show(() => b()[m].call(new Uint16Array(4), 'abcdef', 1));
  show(() => b()[m].call({}, 'ab', 1));
  show(() => b()[m]('abcdef', 2 ** 53));
  show(() => b()[m]('abcdef', 0, 2 ** 53));
}
