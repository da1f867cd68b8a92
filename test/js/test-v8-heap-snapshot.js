'use strict';
// v8.getHeapSnapshot() streams, and v8.writeHeapSnapshot() writes, a .heapsnapshot that parses as
// the JSON DevTools loads and holds this script's objects.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const v8 = require('v8');

class SnapshotMarker {
  constructor(n) {
    this.n = n;
  }
}
globalThis.markers = [new SnapshotMarker(1), new SnapshotMarker(2)];

function objectsNamed(snapshot, name) {
  const fields = snapshot.snapshot.meta.node_fields;
  const types = snapshot.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  let count = 0;
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    if (types[snapshot.nodes[i + typeAt]] === 'object' &&
        snapshot.strings[snapshot.nodes[i + nameAt]] === name) count++;
  }
  return count;
}

function checkShape(snapshot) {
  const { meta, node_count: nodeCount, edge_count: edgeCount } = snapshot.snapshot;
  assert.strictEqual(snapshot.nodes.length, nodeCount * meta.node_fields.length);
  assert.strictEqual(snapshot.edges.length, edgeCount * meta.edge_fields.length);
  assert.ok(nodeCount > 1000);
  assert.strictEqual(objectsNamed(snapshot, 'SnapshotMarker'), 2);
}

// The stream: Buffer chunks, a readable that ends.
const stream = v8.getHeapSnapshot();
assert.strictEqual(stream.constructor.name, 'HeapSnapshotStream');
assert.ok(stream instanceof require('stream').Readable);
const chunks = [];
stream.on('data', (chunk) => {
  assert.ok(Buffer.isBuffer(chunk));
  chunks.push(chunk);
});
stream.on('end', () => {
  checkShape(JSON.parse(Buffer.concat(chunks).toString('utf8')));

  // A named file: its name comes back; an unwritable one throws node's ENOENT error.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'octet-snapshot-'));
  const file = path.join(dir, 'named.heapsnapshot');
  assert.strictEqual(v8.writeHeapSnapshot(file), file);
  checkShape(JSON.parse(fs.readFileSync(file, 'utf8')));
  assert.throws(() => v8.writeHeapSnapshot(path.join(dir, 'missing', 'x.heapsnapshot')), {
    code: 'ENOENT', syscall: 'open', errno: -2,
  });

  // No name: node's Heap.<date>.<time>.<pid>.<thread>.<sequence>.heapsnapshot in the cwd.
  process.chdir(dir);
  const first = v8.writeHeapSnapshot();
  const second = v8.writeHeapSnapshot(undefined, { exposeNumericValues: true });
  const pattern = new RegExp(`^Heap\\.\\d{8}\\.\\d{6}\\.${process.pid}\\.0\\.(\\d{3})\\.heapsnapshot$`);
  assert.match(first, pattern);
  assert.match(second, pattern);
  assert.strictEqual(Number(second.match(pattern)[1]), Number(first.match(pattern)[1]) + 1);
  assert.ok(fs.statSync(path.join(dir, second)).size > 100000);
  fs.rmSync(dir, { recursive: true });
});
