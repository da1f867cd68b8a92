'use strict';
// A seeded pseudo-random generator (mulberry32) for the generated differential tests: the same
// seed gives the same sequence under node and octet, so their outputs can be compared.
module.exports = function seededRandom(seed) {
  let state = seed | 0;
  function rand() {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const int = (n) => Math.floor(rand() * n);
  const pick = (list) => list[int(list.length)];
  return { rand, int, pick };
};
