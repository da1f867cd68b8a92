'use strict';
// DataViews over Buffer memory, for the multi-byte read*/write* methods.
//
// The optimizing compiler turns a DataView get/set into one load or store (byte-swapped for big
// endian) where reading four bytes one by one and combining them takes a dozen instructions. But
// the view must already be at hand: finding or making one inside a read would be a call, and a
// call on any path a read has taken before makes the caller's loop keep its running values in
// memory instead of registers (half the speed of a loop of reads). So a Buffer gets the view of
// its ArrayBuffer when it is constructed, in a property keyed by a private symbol (invisible to
// users), and the ArrayBuffer keeps that view for every later Buffer over it.
//
// Views are made only for ArrayBuffers octet itself makes: the pool's slabs (one view per 8 KiB
// of small Buffers) and buffers of at least kMinViewedSize bytes. Making a view costs about as
// much as making a small Buffer, so smaller buffers, buffers on the V8 heap and buffers over a
// user's ArrayBuffer go without, and their reads assemble bytes as before.

const { arrayBufferByteViewSymbol, byteViewSymbol } = internalBinding('buffer');

const kMinViewedSize = 4096;

// Keyed by these on a Buffer and on an ArrayBuffer respectively: two symbols, so that
// `new FastBuffer(otherBuffer)` (a copy into a new ArrayBuffer) never picks up the view of the
// buffer it copies.
const kByteView = byteViewSymbol;
const kArrayBufferByteView = arrayBufferByteViewSymbol;

function attachByteView(arrayBuffer) {
  arrayBuffer[kArrayBufferByteView] = new DataView(arrayBuffer);
  return arrayBuffer;
}

// The view a new Buffer over `source` (the first argument of its constructor) reads through.
function byteViewOf(source) {
  return typeof source === 'object' && source !== null ? source[kArrayBufferByteView] : undefined;
}

module.exports = { attachByteView, byteViewOf, kByteView, kMinViewedSize };
