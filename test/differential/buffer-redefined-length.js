'use strict';
// A Buffer whose `length` property is redefined: concat, copy, subarray and write read it as node
// does, and nothing reads or writes past the view (node's errors where it throws). toString keeps
// the view's own length (node reads the property), so its results are not printed here.
function show(f) { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } }
const b = Buffer.from('abcd'); Object.defineProperty(b, 'length', { value: 100 });
show(() => b.subarray(1).length);
show(() => b.slice(2, 50).length);
show(() => Buffer.concat([b]).length);
const target = Buffer.alloc(8);
show(() => b.copy(target));
show(() => target.copy(b, 2));
show(() => b.equals(Buffer.from('abcd')));
show(() => Buffer.compare(b, Buffer.from('abcd')));
show(() => b.indexOf('d'));
show(() => b.lastIndexOf('a'));
show(() => b.fill('x').subarray(0, 4).toString('latin1'));
show(() => b.write('zz', 3));
show(() => b.readUInt32LE(0));
show(() => b.toJSON().data.length);
show(() => JSON.stringify(b).length);
const c = Buffer.from('abcd'); Object.defineProperty(c, 'length', { value: 2 });
show(() => c.subarray(1).length);
show(() => Buffer.concat([c]).length);
show(() => c.copy(target));
show(() => c.equals(Buffer.from('ab')));
show(() => c.indexOf('d'));
show(() => c.write('zzzz'));
show(() => c.toJSON().data.length);
