'use strict';
// fs.realpath and fs.realpathSync as node implements them in JS: walk the absolute path one
// component at a time, lstat each prefix, and splice in symbolic links' targets (so errors name
// the component that failed, e.g. "lstat '/missing'"). The `.native` forms ask the C library.

const binding = internalBinding('fs');
const { Buffer } = require('buffer');
const pathModule = require('path');
const { validateFunction } = require('internal/validators');
const {
  getOptions,
  toPathIfFileURL,
  validatePath,
  getValidatedPath,
  handleErrorFromBinding,
  isFileType,
  decodePath,
  wantsRawPaths,
  S_IFLNK,
} = require('internal/fs/utils');
const { makeReq } = require('internal/fs/req');

function encodeResult(result, options) {
  if (!options || !options.encoding || options.encoding === 'utf8') return result;
  const asBuffer = Buffer.from(result);
  return options.encoding === 'buffer' ? asBuffer : asBuffer.toString(options.encoding);
}

function prepare(p, options) {
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  return { p: pathModule.resolve(p), options };
}

// The walk's state: the path being resolved, how far it has been checked, and what is known.
class Walk {
  constructor(p) {
    this.seenLinks = new Map();
    this.knownHard = new Set();
    this.restart(p);
  }

  restart(p) {
    this.p = p;
    this.current = this.base = '/';
    this.pos = 1;
  }

  done() {
    return this.pos >= this.p.length;
  }

  // Moves to the next component; `base` becomes the prefix to check.
  advance() {
    const next = this.p.indexOf('/', this.pos);
    this.previous = this.current;
    if (next === -1) {
      const last = this.p.slice(this.pos);
      this.current += last;
      this.base = this.previous + last;
      this.pos = this.p.length;
    } else {
      this.current += this.p.slice(this.pos, next + 1);
      this.base = this.previous + this.p.slice(this.pos, next);
      this.pos = next + 1;
    }
  }

  linkId(stats) {
    return `${stats[0].toString(32)}:${stats[7].toString(32)}`;
  }

  // Continues from the link's target followed by the rest of the path.
  follow(id, target) {
    this.seenLinks.set(id, target);
    const resolved = pathModule.resolve(this.previous, target);
    this.restart(pathModule.resolve(resolved, this.p.slice(this.pos)));
  }
}

function realpathSync(p, options) {
  ({ p, options } = prepare(p, options));
  const walk = new Walk(p);
  while (!walk.done()) {
    walk.advance();
    const base = walk.base;
    if (walk.knownHard.has(base)) continue;
    const ctx = { path: base };
    const stats = binding.lstat(base, true, undefined, ctx);
    handleErrorFromBinding(ctx);
    if (!isFileType(stats, S_IFLNK)) {
      walk.knownHard.add(base);
      continue;
    }
    const id = walk.linkId(stats);
    let target = walk.seenLinks.get(id);
    if (target === undefined) {
      binding.stat(base, false, undefined, ctx);
      handleErrorFromBinding(ctx);
      target = binding.readlink(base, false, undefined, ctx);
      handleErrorFromBinding(ctx);
    }
    walk.follow(id, target);
  }
  return encodeResult(walk.p, options);
}

function realpath(p, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  ({ p, options } = prepare(p, options));
  const walk = new Walk(p);

  function step() {
    while (!walk.done()) {
      walk.advance();
      if (walk.knownHard.has(walk.base)) continue;
      const base = walk.base;
      binding.lstat(base, true, makeReq((err, stats) => {
        if (err) return callback(err);
        if (!isFileType(stats, S_IFLNK)) {
          walk.knownHard.add(base);
          return step();
        }
        const id = walk.linkId(stats);
        const seen = walk.seenLinks.get(id);
        if (seen !== undefined) {
          walk.follow(id, seen);
          return step();
        }
        binding.stat(base, false, makeReq((statErr) => {
          if (statErr) return callback(statErr);
          binding.readlink(base, false, makeReq((linkErr, target) => {
            if (linkErr) return callback(linkErr);
            walk.follow(id, target);
            step();
          }, 'readlink', base));
        }, 'stat', base));
      }, 'lstat', base));
      return;
    }
    callback(null, encodeResult(walk.p, options));
  }
  step();
}

function realpathSyncNative(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  const ctx = { path };
  const result = binding.realpath(path, wantsRawPaths(options.encoding), undefined, ctx);
  handleErrorFromBinding(ctx);
  return decodePath(result, options.encoding);
}

function realpathNative(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'cb');
  options = getOptions(options);
  path = getValidatedPath(path);
  const encoding = options.encoding;
  binding.realpath(path, wantsRawPaths(encoding), makeReq((err, result) => {
    if (err) return callback(err);
    callback(null, decodePath(result, encoding));
  }, 'realpath', path));
}

realpathSync.native = realpathSyncNative;
realpath.native = realpathNative;

module.exports = { realpath, realpathSync };
