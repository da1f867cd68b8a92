'use strict';
// Recursive removal for fs.rm / fs.rmSync (and the deprecated rmdir { recursive }): unlink files,
// empty directories depth first, retrying busy entries as node does (maxRetries, retryDelay).

const {
  codes: { ERR_FS_EISDIR },
} = require('internal/errors');
const { validateRmOptionsValues } = require('internal/fs/utils');
const pathModule = require('path');

const kEISDIR = 21;
const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function lazyFs() {
  return require('fs');
}

function isDirectoryError(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: kEISDIR,
  });
}

// Checks rm's options and the target: calls back with the options, an error, or false when a
// directory was expected and something else is there.
function validateRmOptions(path, options, expectDir, callback) {
  options = validateRmOptionsValues(options);
  lazyFs().lstat(path, (err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return callback(null, options);
      return callback(err, options);
    }
    if (expectDir && !stats.isDirectory()) return callback(false);
    if (stats.isDirectory() && !options.recursive) return callback(isDirectoryError(path));
    return callback(null, options);
  });
}

function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmOptionsValues(options);
  if (!options.force || expectDir || !options.recursive) {
    const stats = lazyFs().lstatSync(path, { throwIfNoEntry: !options.force });
    if (stats !== undefined) {
      if (expectDir && !stats.isDirectory()) return false;
      if (stats.isDirectory() && !options.recursive) throw isDirectoryError(path);
    }
  }
  return options;
}

function rimraf(path, options, callback) {
  let retries = 0;
  removeEntry(path, options, function done(err) {
    if (err) {
      if (retryErrorCodes.has(err.code) && retries < options.maxRetries) {
        retries++;
        const delay = retries * options.retryDelay;
        setTimeout(removeEntry, delay, path, options, done);
        return;
      }
      // Already gone is success.
      if (err.code === 'ENOENT') err = null;
    }
    callback(err);
  });
}

function removeEntry(path, options, callback) {
  const fs = lazyFs();
  fs.lstat(path, (err, stats) => {
    if (err) {
      if (err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    if (stats.isDirectory()) return removeDirectory(path, options, callback);
    fs.unlink(path, (unlinkErr) => {
      if (unlinkErr) {
        if (unlinkErr.code === 'ENOENT') return callback(null);
        if (unlinkErr.code === 'EISDIR') return removeDirectory(path, options, callback);
      }
      callback(unlinkErr);
    });
  });
}

function removeDirectory(path, options, callback) {
  const fs = lazyFs();
  fs.rmdir(path, (err) => {
    if (err === null || err.code === 'ENOENT') return callback(null);
    if (!options.recursive || !notEmptyErrorCodes.has(err.code)) return callback(err);
    // Not empty: remove the children, then try again.
    fs.readdir(path, (readErr, names) => {
      if (readErr) return callback(readErr);
      let pending = names.length;
      let failed = null;
      if (pending === 0) return fs.rmdir(path, callback);
      for (const name of names) {
        rimraf(pathModule.join(path, name), options, (childErr) => {
          if (childErr && failed === null) failed = childErr;
          if (--pending === 0) {
            if (failed !== null) return callback(failed);
            fs.rmdir(path, callback);
          }
        });
      }
    });
  });
}

// Blocks between retries, as node's sync form does.
function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function rimrafSync(path, options) {
  const fs = lazyFs();
  let stats;
  try {
    stats = fs.lstatSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  try {
    if (stats.isDirectory()) removeDirectorySync(path, options, null);
    else fs.unlinkSync(path);
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'EISDIR') {
      removeDirectorySync(path, options, err);
      return;
    }
    throw err;
  }
}

function removeDirectorySync(path, options, originalErr) {
  const fs = lazyFs();
  try {
    fs.rmdirSync(path);
    return;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (!notEmptyErrorCodes.has(err.code)) throw err;
  }
  for (const name of fs.readdirSync(path)) rimrafSync(pathModule.join(path, name), options);
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      fs.rmdirSync(path);
      return;
    } catch (err) {
      if (err.code === 'ENOENT') return;
      if (!retryErrorCodes.has(err.code) || i === tries) throw err;
      if (options.retryDelay > 0) sleepSync(i * options.retryDelay);
    }
  }
}

module.exports = { rimraf, rimrafSync, validateRmOptions, validateRmOptionsSync };
