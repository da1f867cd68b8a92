'use strict';
// process.stdin: a Readable over fd 0, whatever fd 0 is — a terminal, a pipe or socket, a file,
// or nothing. It starts paused and not reading, so it keeps the process alive only once someone
// reads from it ('data', 'readable', resume(), pipe()), as in node.

let stdin;

function createStdin(fd) {
  switch (internalBinding('process').guessHandleType(fd)) {
    case 'TTY': {
      const { ReadStream } = require('internal/net/tty_read_stream');
      return new ReadStream(fd);
    }
    case 'FILE': {
      const fs = require('fs');
      return new fs.ReadStream(null, { fd, autoClose: false });
    }
    case 'PIPE':
    case 'TCP': {
      const { Socket } = require('internal/net/socket');
      const socket = new Socket({ fd, readable: true, writable: false, manualStart: true });
      // stdin cannot be end()-ed.
      socket._writableState.ended = true;
      return socket;
    }
    default: {
      // A closed or unusable fd 0 reads as empty input.
      const { Readable } = require('stream');
      const empty = new Readable({ read() {} });
      empty.push(null);
      return empty;
    }
  }
}

function getStdin() {
  if (stdin) return stdin;
  const fd = 0;
  stdin = createStdin(fd);
  stdin.fd = fd;

  // Not reading until asked to.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }

  // pause() stops the stream a tick later; then stop the handle too, so the process can exit.
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  stdin.on('pause', () => process.nextTick(onpause));
  return stdin;
}

module.exports = { getStdin };
