'use strict';
// buf.<encoding>Write(string, offset, length) for every encoding: node implements all of them
// natively, parsing offset and length once as array indices and clamping the length to the room
// left. The methods (and the Slice ones) carry their names and length 0, as native ones do.
function show(f) { try { console.log(JSON.stringify(f())); } catch (e) { console.log(e.name, e.code, e.message); } }
for (const m of ['utf8Write', 'latin1Write', 'asciiWrite', 'hexWrite', 'ucs2Write', 'base64Write']) {
  const method = Buffer.prototype[m];
  console.log(m, typeof method, method.toString().includes('native'), method.name, method.length);
  const slice = Buffer.prototype[m.replace('Write', 'Slice')];
  console.log(slice.name, slice.length);
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
