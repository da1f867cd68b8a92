// A broken JSON module throws a SyntaxError whose message starts with the file's path (as node's
// does); the rest of the message is V8's own wording, which differs between V8 versions.
const assert = require('assert');
const path = require('path');
const file = path.join(__dirname, '..', 'fixtures', 'modules', 'broken.json');
assert.throws(() => require(file), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(`${file}: `), err.message);
  return true;
});
// It was not cached: a second require throws again.
assert.throws(() => require(file), SyntaxError);
