'use strict';
// require('module'): the CommonJS Module class, as node exports it.
module.exports = require('internal/modules/cjs/loader').Module;
