'use strict';
// process.stdout / process.stderr. Writes are synchronous, as node's are for files and TTYs, so
// nothing is lost when the process exits right after a write.

const EventEmitter = require('events');
const binding = internalBinding('process');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = binding.guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    this.writable = true;
    this._isStdio = true;
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

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    let err = 0;
    if (typeof chunk === 'string') {
      err = encoding && encoding !== 'utf8' && encoding !== 'utf-8' ?
        binding.writeBuffer(this.fd, require('buffer').Buffer.from(chunk, encoding)) :
        binding.writeString(this.fd, chunk);
    } else if (ArrayBuffer.isView(chunk)) {
      err = binding.writeBuffer(this.fd, chunk);
    } else {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
    }
    // A closed pipe (EPIPE) is not an error worth dying for on stdio.
    if (typeof callback === 'function') process.nextTick(callback, null);
    return err === 0 || err === -32;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') callback = chunk;
    else if (chunk != null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  }

  cork() {}
  uncork() {}
  destroy() {}
  get writableLength() { return 0; }
  get writableHighWaterMark() { return 16384; }
  get writableNeedDrain() { return false; }
}

let stdout;
let stderr;

module.exports = {
  getStdout() {
    return stdout || (stdout = new StdioWriter(1));
  },
  getStderr() {
    return stderr || (stderr = new StdioWriter(2));
  },
};
