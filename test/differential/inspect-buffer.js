'use strict';
// Buffers print through their own [util.inspect.custom] method, which inspect calls with
// (depth, options, inspect): <Buffer ..> capped at buffer.INSPECT_MAX_BYTES.
const util = require('util');
const buffer = require('buffer');
const show = (v, o) => console.log(util.inspect(v, o));

show(Buffer.from('hello'));
show(Buffer.alloc(0));
show(Buffer.alloc(60, 1));
show({ nested: Buffer.from([1, 2, 3]) });
show([Buffer.from('ab')]);
const bufWithProps = Buffer.from('xy');
bufWithProps.tag = 1;
show(bufWithProps);
show(Buffer.from('abc'), { showHidden: true });
console.log(Buffer.from('log me'));
console.log('%o', Buffer.from([255]));
buffer.INSPECT_MAX_BYTES = 4;
show(Buffer.from('longer than four'));
