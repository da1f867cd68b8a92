'use strict';

// octet implements POSIX paths only: path.win32 is path.posix (see lib/path.js).
module.exports = require('path').win32;
