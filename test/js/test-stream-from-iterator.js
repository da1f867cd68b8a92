// Readable.from() and async iteration: values in order, null rejected,
// break destroys the stream, errors surface in the loop, and the
// iterator-helper methods (map, filter, take, reduce, toArray...).
'use strict';
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = Readable.from([1, 2, 3]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  const seen = [];
  for await (const v of r) seen.push(v);
  assert.deepStrictEqual(seen, [1, 2, 3]);
  assert.strictEqual(r.destroyed, true);

  async function* gen() { yield 'a'; yield 'b'; }
  assert.deepStrictEqual(await Readable.from(gen()).toArray(), ['a', 'b']);
  assert.deepStrictEqual(await Readable.from('whole').toArray(), ['whole']);
  assert.deepStrictEqual(await Readable.from([Promise.resolve(4), 5]).toArray(), [4, 5]);
  assert.deepStrictEqual(await Readable.from(['x'], { objectMode: false }).toArray(), [Buffer.from('x')]);

  await assert.rejects(Readable.from([1, null]).toArray(), {
    code: 'ERR_STREAM_NULL_VALUES',
    message: 'May not write null values to stream',
  });
  assert.throws(() => Readable.from(42), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "iterable" argument must be an instance of Iterable. Received type number (42)',
  });

  // break destroys and calls the source iterator's return().
  let returned = false;
  const source = {
    i: 0,
    [Symbol.iterator]() { return this; },
    next() { return { value: this.i++, done: false }; },
    return() { returned = true; return { done: true }; },
  };
  const endless = Readable.from(source);
  for await (const v of endless) if (v === 2) break;
  assert.strictEqual(endless.destroyed, true);
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(returned, true);

  // Errors from the stream reject the loop.
  const failing = new Readable({ read() {} });
  failing.push('ok');
  setImmediate(() => failing.destroy(new Error('broke')));
  await assert.rejects((async () => { for await (const c of failing) assert.ok(c); })(), { message: 'broke' });

  // Byte streams yield Buffers; setEncoding yields strings.
  const bytes = new Readable({ read() {} });
  bytes.setEncoding('utf8');
  bytes.push('hé');
  bytes.push(null);
  assert.deepStrictEqual(await bytes.toArray(), ['hé']);

  const nums = () => Readable.from([1, 2, 3, 4, 5, 6]);
  assert.deepStrictEqual(await nums().map((x) => x * 2).toArray(), [2, 4, 6, 8, 10, 12]);
  assert.deepStrictEqual(await nums().filter((x) => x % 3 === 0).toArray(), [3, 6]);
  assert.deepStrictEqual(await nums().drop(4).toArray(), [5, 6]);
  assert.deepStrictEqual(await nums().take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await nums().flatMap((x) => [x, -x]).take(4).toArray(), [1, -1, 2, -2]);
  assert.strictEqual(await nums().reduce((a, b) => a + b), 21);
  assert.strictEqual(await nums().some((x) => x > 5), true);
  assert.strictEqual(await nums().every((x) => x > 5), false);
  assert.strictEqual(await nums().find((x) => x > 3), 4);
  const each = [];
  assert.strictEqual(await nums().forEach((x) => { each.push(x); }), undefined);
  assert.deepStrictEqual(each, [1, 2, 3, 4, 5, 6]);
  // Concurrency keeps the output order.
  const slowFirst = await nums().map(async (x) => {
    await new Promise((resolve) => setTimeout(resolve, 7 - x));
    return x;
  }, { concurrency: 3 }).toArray();
  assert.deepStrictEqual(slowFirst, [1, 2, 3, 4, 5, 6]);
  assert.throws(() => nums().map(() => {}, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => nums().take(-1), { code: 'ERR_OUT_OF_RANGE' });
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
  await assert.rejects(nums().toArray({ signal: AbortSignal.abort() }), { name: 'AbortError' });
})().then(() => { process.exitCode = 0; }, (err) => { console.error(err); process.exitCode = 1; });
