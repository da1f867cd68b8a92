'use strict';
// A terminal as a readable net.Socket (tty.ReadStream): process.stdin when fd 0 is a TTY.

const { Socket } = require('internal/net/socket');
const { ErrnoException, codes: { ERR_INVALID_FD } } = require('internal/errors');
const { TTY } = internalBinding('tty_wrap');

function initFailed(ctx) {
  const err = new Error(`TTY initialization failed: uv_tty_init returned ${ctx.code}`);
  err.code = 'ERR_TTY_INIT_FAILED';
  err.info = ctx;
  err.errno = ctx.errno;
  err.syscall = ctx.syscall;
  return err;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
  const ctx = {};
  const tty = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw initFailed(ctx);
  Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, Socket.prototype);
Object.setPrototypeOf(ReadStream, Socket);

ReadStream.prototype.setRawMode = function(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

module.exports = { ReadStream };
