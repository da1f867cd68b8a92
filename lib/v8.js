'use strict';
// require('v8'): V8's heap statistics, heap snapshots (files Chrome DevTools opens), flags, and the
// serialization API, with node's names, shapes and errors.

const binding = internalBinding('v8');
const { Serializer, Deserializer } = internalBinding('serdes');
const {
  validateBoolean, validateObject, validateString, validateUint32,
} = require('internal/validators');

const heapStatisticsBuffer = new Float64Array(binding.kHeapStatisticsFieldCount);
const heapSpaceStatisticsBuffer = new Float64Array(4);
const heapCodeStatisticsBuffer = new Float64Array(4);

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

function getHeapStatistics() {
  const b = heapStatisticsBuffer;
  binding.heapStatistics(b);
  return {
    total_heap_size: b[0],
    total_heap_size_executable: b[1],
    total_physical_size: b[2],
    total_available_size: b[3],
    used_heap_size: b[4],
    heap_size_limit: b[5],
    malloced_memory: b[6],
    peak_malloced_memory: b[7],
    does_zap_garbage: b[8],
    number_of_native_contexts: b[9],
    number_of_detached_contexts: b[10],
    total_global_handles_size: b[11],
    used_global_handles_size: b[12],
    external_memory: b[13],
  };
}

function getHeapSpaceStatistics() {
  const names = binding.heapSpaceNames;
  const b = heapSpaceStatisticsBuffer;
  const result = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    binding.heapSpaceStatistics(i, b);
    result[i] = {
      space_name: names[i],
      space_size: b[0],
      space_used_size: b[1],
      space_available_size: b[2],
      physical_space_size: b[3],
    };
  }
  return result;
}

function getHeapCodeStatistics() {
  const b = heapCodeStatisticsBuffer;
  binding.heapCodeStatistics(b);
  return {
    code_and_metadata_size: b[0],
    bytecode_and_metadata_size: b[1],
    external_script_source_size: b[2],
    cpu_profiler_metadata_size: b[3],
  };
}

// → exposeNumericValues; exposeInternals is validated as in node (V8 10.2 has no such mode).
function getHeapSnapshotOptions(options = {}) {
  validateObject(options, 'options');
  const { exposeInternals = false, exposeNumericValues = false } = options;
  validateBoolean(exposeInternals, 'options.exposeInternals');
  validateBoolean(exposeNumericValues, 'options.exposeNumericValues');
  return exposeNumericValues;
}

function writeHeapSnapshot(filename, options) {
  if (filename !== undefined && (typeof filename !== 'string' || filename.includes('\u0000'))) {
    filename = require('internal/fs/utils').getValidatedPath(filename);
    if (typeof filename !== 'string') filename = filename.toString();
  }
  const exposeNumericValues = getHeapSnapshotOptions(options);
  const result = binding.writeHeapSnapshot(filename, exposeNumericValues);
  if (typeof result === 'number') {
    const { UVException } = require('internal/errors');
    throw new UVException({ errno: result, syscall: 'open', path: filename });
  }
  return result;
}

let HeapSnapshotStream;
function getHeapSnapshotStreamClass() {
  if (HeapSnapshotStream !== undefined) return HeapSnapshotStream;
  const { Readable } = require('stream');
  const { Buffer } = require('buffer');
  // The snapshot is taken and serialized when the stream is made (V8 serializes in one go);
  // its chunks are then handed out as Buffers as the reader asks for them.
  HeapSnapshotStream = class HeapSnapshotStream extends Readable {
    constructor(chunks) {
      super({ autoDestroy: true });
      this._chunks = chunks;
      this._next = 0;
    }

    _read() {
      while (this._next < this._chunks.length) {
        const chunk = this._chunks[this._next];
        this._chunks[this._next++] = undefined;
        if (!this.push(Buffer.from(chunk))) return;
      }
      this.push(null);
    }

    _destroy(err, callback) {
      this._chunks = [];
      callback(err);
    }
  };
  return HeapSnapshotStream;
}

function getHeapSnapshot(options) {
  const exposeNumericValues = getHeapSnapshotOptions(options);
  const Stream = getHeapSnapshotStreamClass();
  return new Stream(binding.heapSnapshotChunks(exposeNumericValues));
}

let nearHeapLimitSet = false;
function setHeapSnapshotNearHeapLimit(limit) {
  validateUint32(limit, 'limit', true);
  if (nearHeapLimitSet) return;
  nearHeapLimitSet = true;
  binding.setHeapSnapshotNearHeapLimit(limit);
}

/* Serialization, as node's DefaultSerializer writes it: ArrayBufferViews become host objects
   (type index, byte length, bytes), so a Buffer carved from the pool serializes only its own
   bytes, never the whole pool slab. */

const releaseArrayBuffer = Serializer.prototype.releaseBuffer;
Object.defineProperty(Serializer.prototype, 'releaseBuffer', {
  configurable: true,
  writable: true,
  enumerable: true,
  value: function releaseBuffer() {
    const { FastBuffer } = require('internal/buffer/fast_buffer');
    return new FastBuffer(releaseArrayBuffer.call(this));
  },
});

Serializer.prototype._getDataCloneError = Error;

Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  const { FastBuffer } = require('internal/buffer/fast_buffer');
  return new FastBuffer(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

const kViewTypes = [
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
  'Uint32Array', 'Float32Array', 'Float64Array', 'DataView', 'Buffer', 'BigInt64Array',
  'BigUint64Array',
];
const kBufferIndex = 10;

function viewTypeIndex(view) {
  const tag = Object.prototype.toString.call(view).slice(8, -1);
  const index = kViewTypes.indexOf(tag);
  return index === kBufferIndex ? -1 : index;
}

function viewConstructor(index) {
  if (index === kBufferIndex) return require('internal/buffer/fast_buffer').FastBuffer;
  return index >= 0 && index < kViewTypes.length ? globalThis[kViewTypes[index]] : undefined;
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    const { Buffer } = require('buffer');
    let index = kBufferIndex;
    if (view.constructor !== Buffer) {
      index = viewTypeIndex(view);
      if (index === -1) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    this.writeUint32(index);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const index = this.readUint32();
    const Ctor = viewConstructor(index);
    const byteLength = this.readUint32();
    const byteOffset = this._readRawBytes(byteLength);
    const bytesPerElement = Ctor.BYTES_PER_ELEMENT || 1;
    const offset = this.buffer.byteOffset + byteOffset;
    if (offset % bytesPerElement === 0) {
      return new Ctor(this.buffer.buffer, offset, byteLength / bytesPerElement);
    }
    // Misaligned for the element size: copy into an aligned buffer first.
    const { Buffer } = require('buffer');
    const copy = Buffer.allocUnsafe(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, offset, byteLength));
    return new Ctor(copy.buffer, copy.byteOffset, byteLength / bytesPerElement);
  }
}

function serialize(value) {
  const ser = new DefaultSerializer();
  ser.writeHeader();
  ser.writeValue(value);
  return ser.releaseBuffer();
}

function deserialize(buffer) {
  const der = new DefaultDeserializer(buffer);
  der.readHeader();
  return der.readValue();
}

// Coverage needs the inspector, which octet does not have: as in a node built without it.
const takeCoverage = undefined;
const stopCoverage = undefined;

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  setHeapSnapshotNearHeapLimit,
};
