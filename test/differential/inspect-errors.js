'use strict';
// util.inspect of errors. Real stack frames differ between runtimes, so every error here has a
// stack of its first line only, or a fixed fake stack.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

function bare(err) {
  err.stack = err.stack.split('\n')[0];
  return err;
}
const frames = (head, names) => head + names.map((n, i) => `\n    at ${n} (/app/file.js:${i + 1}:7)`).join('');

show(bare(new Error('simple')));
show(bare(new Error('')));
show(bare(new TypeError('type')));
show(bare(new RangeError('range')));
show(bare(new SyntaxError('syntax')));
show(bare(new ReferenceError('ref')));
show(bare(new EvalError('eval')));
show(bare(new URIError('uri')));
show(bare(new Error('multi\nline message')));
show(Object.assign(bare(new Error('with props')), { code: 'ERR_SOMETHING', errno: -2, info: { a: 1 } }));
show(Object.assign(bare(new TypeError('code only')), { code: 'E_CODE' }));

// Names: subclasses, renamed errors, names that are not strings.
class ValidationError extends Error {}
show(bare(new ValidationError('invalid')));
class NamedError extends Error { constructor(m) { super(m); this.name = 'NamedError'; } }
show(bare(new NamedError('named')));
const renamed = bare(new Error('renamed'));
renamed.name = 'CustomName';
show(renamed);
const numName = bare(new Error('number name'));
numName.name = 42;
show(numName);
class HttpError extends TypeError {}
show(bare(new HttpError('status')));
const protoless = bare(new Error('no prototype'));
Object.setPrototypeOf(protoless, null);
show(protoless);
const tagged = bare(new Error('tagged'));
Object.defineProperty(tagged, Symbol.toStringTag, { value: 'Tag' });
show(tagged);

// Missing or odd stacks.
const noStack = new Error('stack removed');
noStack.stack = undefined;
show(noStack);
const emptyStack = new Error('empty stack');
emptyStack.stack = '';
show(emptyStack);
const objStack = new Error('object stack');
objStack.stack = { not: 'a string' };
show(objStack);
const changedMessage = bare(new Error('original'));
changedMessage.message = 'changed';
show(changedMessage);

// cause and AggregateError.
show(bare(new Error('outer', { cause: bare(new Error('inner')) })));
show(bare(new Error('primitive cause', { cause: 'just a string' })));
show(bare(new Error('undefined cause', { cause: undefined })));
show(bare(new AggregateError([bare(new Error('first')), bare(new TypeError('second'))], 'many')));
show(bare(new AggregateError([], 'none')));

// Errors inside other values are indented with their container.
show({ error: bare(new Error('nested')) });
show([bare(new Error('in array')), 1]);
show({ deep: { deeper: Object.assign(bare(new Error('deep')), { extra: true }) } });
show(new Map([['err', bare(new RangeError('in map'))]]));

// Fake frames: printed as given, frames repeated from the cause collapsed.
const withFrames = new Error('has frames');
withFrames.stack = frames('Error: has frames', ['one', 'two', 'three']);
show(withFrames);
show({ wrapped: withFrames });
const cause = new Error('cause');
cause.stack = frames('Error: cause', ['a', 'b', 'c', 'd', 'e', 'f']);
const effect = new Error('effect', { cause });
effect.stack = 'Error: effect\n    at z (/app/other.js:9:9)' + cause.stack.slice(cause.stack.indexOf('\n    at b'));
show(effect);
const core = new Error('core frames');
core.stack = 'Error: core frames\n    at user (/app/file.js:1:1)\n    at internal (node:internal/modules/cjs/loader:2:2)\n    at unknown (node:internal/not_a_module:3:3)';
console.log(JSON.stringify(util.inspect(core, { colors: true })));
const moduleFrame = new Error('module frames');
moduleFrame.stack = 'Error: module frames\n    at dep (/app/node_modules/some-dep/index.js:1:1)';
console.log(JSON.stringify(util.inspect(moduleFrame, { colors: true })));

// Options.
show(bare(new Error('hidden keys')), { showHidden: true });
show({ e: bare(new Error('depth')) }, { depth: 0 });
show(Object.assign(bare(new Error('compact')), { a: 1, b: 2 }), { compact: false });
console.log(JSON.stringify(util.inspect(Object.assign(bare(new Error('color')), { n: 1 }), { colors: true })));

// util.format and console print errors the same way.
console.log('%s', bare(new Error('via %s')));
console.log('%o', bare(new Error('via %o')));
console.log(bare(new Error('via log')));
console.log(util.format(bare(new TypeError('via format'))));
