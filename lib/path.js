'use strict';

// POSIX path manipulation with Node 20's exact results, including its
// quirks on repeated and trailing slashes. Pure string work: no file system
// access (resolve() only reads process.cwd()).

const { validateObject, validateString } = require('internal/validators');

const kSep = '/';

// Splits on '/' and applies '.' and '..'. Above-root '..' segments are kept
// for relative paths and dropped for absolute ones.
function normalizeSegments(path, allowAboveRoot) {
  const out = [];
  for (const segment of path.split(kSep)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
      }
      continue;
    }
    out.push(segment);
  }
  return out.join(kSep);
}

// End index (exclusive) of `path` once trailing slashes are removed, never
// below `floor`.
function trimTrailingSlashes(path, floor) {
  let end = path.length;
  while (end > floor && path[end - 1] === kSep) end--;
  return end;
}

// Index where the last segment of path.slice(0, end) starts.
function lastSegmentStart(path, end) {
  return path.lastIndexOf(kSep, end - 1) + 1;
}

// The extension of a single segment: from its last dot, unless the dot
// starts the segment ('.bashrc') or the segment is '..'. parse() of a '..'
// directly under the root is the exception Node makes: '/..' has ext '.'.
function extensionStart(base, dotDotHasExt = false) {
  const dot = base.lastIndexOf('.');
  if (dot <= 0 || (base === '..' && !dotDotHasExt)) return -1;
  return dot;
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;
    // Walk right to left until an absolute path is found; arguments left of
    // it are neither used nor validated.
    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : process.cwd();
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path[0] === kSep;
    }
    resolvedPath = normalizeSegments(resolvedPath, !resolvedAbsolute);
    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path[0] === kSep;
    const trailingSeparator = path[path.length - 1] === kSep;
    let result = normalizeSegments(path, !isAbsolute);
    if (result.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) result += kSep;
    return isAbsolute ? `/${result}` : result;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path[0] === kSep;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        joined = joined === undefined ? arg : `${joined}/${arg}`;
      }
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';
    const fromParts = from === '/' ? [] : from.slice(1).split(kSep);
    const toParts = to === '/' ? [] : to.slice(1).split(kSep);
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const ups = new Array(fromParts.length - common).fill('..');
    return ups.concat(toParts.slice(common)).join(kSep);
  },

  toNamespacedPath(path) {
    // POSIX has no namespaced paths.
    return path;
  },

  // Everything before the last segment, with trailing slashes after the
  // last segment ignored. Slashes inside the remaining part are kept as they
  // are ('/a//b' -> '/a/'), as Node does.
  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path[0] === kSep;
    const end = trimTrailingSlashes(path, 1);
    const slash = path.lastIndexOf(kSep, end - 1);
    if (slash < 1) return hasRoot ? '/' : '.';
    // '//a' keeps both leading slashes.
    if (hasRoot && slash === 1) return '//';
    return path.slice(0, slash);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    const end = trimTrailingSlashes(path, 0);
    const start = lastSegmentStart(path, end);
    if (suffix !== undefined && suffix.length > 0 &&
        suffix.length <= path.length) {
      if (suffix === path) return '';
      // Only slashes: Node returns the input unchanged.
      if (end === 0) return path;
      const base = path.slice(start, end);
      if (base.length > suffix.length && base.endsWith(suffix)) {
        return base.slice(0, base.length - suffix.length);
      }
      // When the whole segment is a tail of the suffix, Node keeps the
      // trailing slashes: basename('/ab/', 'xab') === 'ab/'.
      if (suffix.length > base.length && suffix.endsWith(base)) {
        return path.slice(start);
      }
      return base;
    }
    return path.slice(start, end);
  },

  extname(path) {
    validateString(path, 'path');
    const end = trimTrailingSlashes(path, 0);
    const base = path.slice(lastSegmentStart(path, end), end);
    const dot = extensionStart(base);
    return dot === -1 ? '' : base.slice(dot);
  },

  format(pathObject) {
    validateObject(pathObject, 'pathObject');
    const dir = pathObject.dir || pathObject.root;
    const base = pathObject.base ||
      `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
    if (!dir) return base;
    return dir === pathObject.root ? `${dir}${base}` : `${dir}${kSep}${base}`;
  },

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path[0] === kSep;
    if (isAbsolute) ret.root = '/';
    const floor = isAbsolute ? 1 : 0;
    const end = trimTrailingSlashes(path, floor);
    let start = lastSegmentStart(path, end);
    // The root slash itself never separates a segment.
    const segmentStart = start <= floor ? 0 : start;
    if (start < floor) start = floor;
    if (end > start) {
      const base = path.slice(start, end);
      const dot = extensionStart(base, isAbsolute && segmentStart === 0);
      ret.base = base;
      if (dot === -1) {
        ret.name = base;
      } else {
        ret.name = base.slice(0, dot);
        ret.ext = base.slice(dot);
      }
    }
    if (segmentStart > 0) {
      ret.dir = path.slice(0, segmentStart - 1);
    } else if (isAbsolute) {
      ret.dir = '/';
    }
    return ret;
  },

  sep: kSep,
  delimiter: ':',
  win32: null,
  posix: null,
};

// octet runs on POSIX systems only; path.win32 is the POSIX implementation
// until a Windows one exists (its results differ from Node's path.win32).
posix.win32 = posix;
posix.posix = posix;

// Legacy alias (DEP0080, documentation-only deprecation).
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
