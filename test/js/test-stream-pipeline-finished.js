// pipeline(): completion callback after the last stage finishes, first
// error wins and every stage is destroyed, generator stages, the promise
// form with a signal; finished(): end, finish, premature close, cleanup.
'use strict';
const assert = require('assert');
const { Readable, Writable, Transform, PassThrough, pipeline, finished } = require('stream');
const promises = require('stream/promises');
const { promisify } = require('util');

function sink(store) {
  return new Writable({ objectMode: true, write(c, e, cb) { store.push(String(c)); cb(); } });
}

(async () => {
  {
    const store = [];
    const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
    await new Promise((resolve) => {
      const last = pipeline(Readable.from(['a', 'b']), upper, sink(store), (err) => {
        assert.strictEqual(err, undefined);
        resolve();
      });
      assert.ok(last instanceof Writable);
    });
    assert.deepStrictEqual(store, ['A', 'B']);
  }

  {
    const src = new Readable({ read() {} });
    const failing = new Transform({ transform(c, e, cb) { cb(new Error('stage failed')); } });
    const dst = sink([]);
    src.push('x');
    const err = await new Promise((resolve) => pipeline(src, failing, dst, resolve));
    assert.strictEqual(err.message, 'stage failed');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(dst.destroyed, true);
  }

  {
    const store = [];
    await promises.pipeline(
      function* () { yield 1; yield 2; yield 3; },
      async function* (source) { for await (const n of source) yield n * n; },
      sink(store),
    );
    assert.deepStrictEqual(store, ['1', '4', '9']);
  }

  {
    const total = await promises.pipeline(
      Readable.from([1, 2, 3]),
      async (source) => { let s = 0; for await (const n of source) s += n; return s; },
    );
    assert.strictEqual(total, 6);
  }

  {
    const ac = new AbortController();
    const src = new Readable({ read() {} });
    const p = promises.pipeline(src, new PassThrough(), sink([]), { signal: ac.signal });
    setImmediate(() => ac.abort());
    await assert.rejects(p, { name: 'AbortError', code: 'ABORT_ERR' });
    assert.strictEqual(src.destroyed, true);
  }

  {
    // Source destroyed early: premature close.
    const src = new Readable({ read() {} });
    setImmediate(() => src.destroy());
    const err = await new Promise((resolve) => pipeline(src, sink([]), resolve));
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }

  {
    assert.throws(() => pipeline(), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => pipeline(() => {}), { code: 'ERR_MISSING_ARGS' });
    assert.throws(() => pipeline(Readable.from([]), () => 5, () => {}), {
      code: 'ERR_INVALID_RETURN_VALUE',
    });
    assert.strictEqual(promisify(pipeline), promises.pipeline);
    assert.strictEqual(promisify(finished), promises.finished);
  }

  {
    const r = new Readable({ read() {} });
    const done = new Promise((resolve) => finished(r, resolve));
    r.resume();
    r.push(null);
    assert.strictEqual(await done, undefined);

    const w = new Writable({ write(c, e, cb) { cb(); } });
    const wDone = new Promise((resolve) => finished(w, resolve));
    w.end('x');
    assert.strictEqual(await wDone, undefined);

    const w2 = new Writable({ write(c, e, cb) { cb(); } });
    const w2Done = new Promise((resolve) => finished(w2, resolve));
    w2.destroy();
    assert.strictEqual((await w2Done).code, 'ERR_STREAM_PREMATURE_CLOSE');

    const r2 = new Readable({ read() {} });
    const r2Done = promises.finished(r2);
    r2.destroy(new Error('why'));
    await assert.rejects(r2Done, { message: 'why' });

    // The returned cleanup removes the listeners.
    const r3 = new Readable({ read() {} });
    const before = r3.listenerCount('end');
    const cleanup = finished(r3, () => assert.fail('cleaned up'));
    assert.strictEqual(r3.listenerCount('end'), before + 1);
    cleanup();
    assert.strictEqual(r3.listenerCount('end'), before);
    r3.destroy();

    // readable: false ignores the readable side of a duplex.
    const t = new PassThrough();
    const tDone = new Promise((resolve) => finished(t, { readable: false }, resolve));
    t.end('data');
    assert.strictEqual(await tDone, undefined);
    assert.strictEqual(t.readableEnded, false);

    assert.throws(() => finished({}, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  }
})().then(() => { process.exitCode = 0; }, (err) => { console.error(err); process.exitCode = 1; });
