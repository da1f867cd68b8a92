'use strict';
// process.stdout / process.stderr. Writes are synchronous, as node's are for files and TTYs, so
// nothing is lost when the process exits right after a write.

const { Writable } = require('stream');
const binding = internalBinding('process');

const kEPIPE = -32;

// stdout/stderr are synchronous on Linux in node, for files, pipes and terminals alike: every write
// has reached the descriptor when write() returns, so nothing is lost at exit.
class StdioWriter extends Writable {
  constructor(fd) {
    super({ decodeStrings: false, emitClose: false, autoDestroy: false });
    this.fd = fd;
    this._type = binding.guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    this._isStdio = true;
  }

  _write(chunk, encoding, callback) {
    let err;
    if (typeof chunk === 'string') {
      err = encoding === 'utf8' || encoding === 'utf-8' ?
        binding.writeString(this.fd, chunk) :
        binding.writeBuffer(this.fd, require('buffer').Buffer.from(chunk, encoding));
    } else {
      err = binding.writeBuffer(this.fd, chunk);
    }
    if (err === 0) return callback();
    const { UVException } = require('internal/errors');
    callback(UVException({ errno: err, syscall: 'write' }));
  }

  // Destroying stdio never closes the descriptor, as in node.
  _destroy(err, callback) {
    callback(err);
  }

  get columns() {
    const size = this.isTTY ? binding.getWindowSize(this.fd) : undefined;
    return size ? size[0] : undefined;
  }

  get rows() {
    const size = this.isTTY ? binding.getWindowSize(this.fd) : undefined;
    return size ? size[1] : undefined;
  }

  getColorDepth() {
    return this.isTTY ? 8 : 1;
  }

  hasColors(count = 16) {
    return this.isTTY ? count <= 256 : false;
  }

  destroySoon() {
    this.destroy();
  }
}

function createWriter(fd) {
  const stream = new StdioWriter(fd);
  // A reader that went away (`octet app.js | head`) ends output quietly, as in node.
  stream.on('error', (err) => {
    if (err.errno !== kEPIPE) throw err;
  });
  return stream;
}

let stdout;
let stderr;

module.exports = {
  getStdout() {
    return stdout || (stdout = createWriter(1));
  },
  getStderr() {
    return stderr || (stderr = createWriter(2));
  },
};
