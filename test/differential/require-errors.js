// require() failures carry node's messages and codes.
const path = require('path');
const fixtures = path.join(__dirname, '..', 'fixtures', 'modules');
const show = (fn) => {
  try {
    fn();
    console.log('no error');
  } catch (err) {
    const message = err.message.split(__dirname).join('<dir>').split(fixtures).join('<fixtures>');
    console.log(err.name, err.code, JSON.stringify(message.split('\n')[0]),
                Array.isArray(err.requireStack) ? err.requireStack.length : '-');
  }
};
show(() => require('./does-not-exist'));
show(() => require('does-not-exist-pkg'));
show(() => require('/absolutely/not/here.js'));
show(() => require('node:not-a-builtin'));
show(() => require('../fixtures/modules/syntax-error'));
show(() => require('../fixtures/modules/throws'));
show(() => require(''));
show(() => require(42));
show(() => require.resolve('./nope'));
show(() => require('internal/errors'));
// A module that threw is not cached: requiring it again throws again.
show(() => require('../fixtures/modules/throws'));
