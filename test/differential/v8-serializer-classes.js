'use strict';
// v8.Serializer / v8.Deserializer as building blocks: raw integers and bytes, host objects through
// _writeHostObject/_readHostObject, transferred ArrayBuffers, and their argument errors.
const v8 = require('v8');
const { inspect } = require('util');

function attempt(label, fn) {
  try {
    console.log(label, inspect(fn()));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}

const ser = new v8.Serializer();
ser.writeHeader();
ser.writeUint32(300);
ser.writeUint64(1, 2);
ser.writeDouble(-1.25);
ser.writeRawBytes(Buffer.from('raw'));
ser.writeValue({ x: [1, 2] });
const bytes = ser.releaseBuffer();
console.log(Buffer.isBuffer(bytes), bytes.toString('hex'));

const des = new v8.Deserializer(bytes);
console.log(des.readHeader(), des.getWireFormatVersion() > 12);
console.log(des.readUint32(), des.readUint64(), des.readDouble(), des.readRawBytes(3).toString());
console.log(inspect(des.readValue()));
attempt('past the end', () => des.readUint32());
attempt('readDouble past the end', () => des.readDouble());
attempt('readUint64 past the end', () => des.readUint64());
attempt('raw past the end', () => des._readRawBytes(10));

class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
class PointSerializer extends v8.Serializer {
  _writeHostObject(object) {
    this.writeUint32(object.x);
    this.writeUint32(object.y);
  }
}
class PointDeserializer extends v8.Deserializer {
  _readHostObject() {
    return new Point(this.readUint32(), this.readUint32());
  }
}
// Plain JS objects are not host objects; typed arrays become host objects when asked.
const ps = new PointSerializer();
ps._setTreatArrayBufferViewsAsHostObjects(true);
ps.writeHeader();
ps.writeValue([{ label: 'p' }, Object.assign(new Uint8Array(0), { x: 3, y: 4 })]);
const pb = ps.releaseBuffer();
console.log(pb.toString('hex'));
const pd = new PointDeserializer(pb);
pd.readHeader();
console.log(inspect(pd.readValue()));

// A transferred ArrayBuffer is written as an id and supplied again on the other side.
const ab = new ArrayBuffer(8);
new Uint8Array(ab).fill(7);
const ts = new v8.Serializer();
ts.transferArrayBuffer(3, ab);
ts.writeHeader();
ts.writeValue({ ab });
const tb = ts.releaseBuffer();
console.log(tb.toString('hex'));
const replacement = new ArrayBuffer(2);
const td = new v8.Deserializer(tb);
td.transferArrayBuffer(3, replacement);
td.readHeader();
console.log(td.readValue().ab === replacement);

attempt('no new', () => v8.Serializer());
attempt('bad buffer', () => new v8.Deserializer(5));
attempt('bad raw', () => new v8.Serializer().writeRawBytes('str'));
attempt('bad transfer', () => new v8.Serializer().transferArrayBuffer(1, 5));
attempt('no header', () => new v8.Deserializer(Buffer.alloc(0)).readHeader());
attempt('clone error', () => {
  const s = new v8.Serializer();
  s._getDataCloneError = (message) => new RangeError(`custom: ${message}`);
  return s.writeValue(() => {});
});
attempt('unserializable view', () => {
  const s = new v8.DefaultSerializer();
  return s._writeHostObject({ buffer: new ArrayBuffer(1), byteOffset: 0, byteLength: 1 });
});
console.log(typeof v8.DefaultSerializer, new v8.DefaultSerializer() instanceof v8.Serializer,
            new v8.DefaultDeserializer(Buffer.alloc(1)) instanceof v8.Deserializer);
