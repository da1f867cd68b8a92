'use strict';

// The table of Node error codes octet raises, with Node 20's messages and
// base classes. A string message is formatted with util.format() from the
// constructor arguments (the number of placeholders is the required argument
// count); a function message receives the arguments (and the error as `this`).

// Primitive type names accepted in ERR_INVALID_ARG_TYPE's "expected" list.
const kTypes = [
  'string', 'function', 'number', 'object',
  // 'Function' and 'Object' are accepted for the lower-cased spelling.
  'Function', 'Object',
  'boolean', 'bigint', 'symbol',
];

const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

let inspectModule = null;
function inspect(value, options) {
  if (inspectModule === null) inspectModule = require('internal/util/inspect');
  return inspectModule.inspect(value, options);
}

// 'A', 'A or B', 'A, B, or C' (and the same with 'and').
function formatList(array, type = 'and') {
  switch (array.length) {
    case 0: return '';
    case 1: return `${array[0]}`;
    case 2: return `${array[0]} ${type} ${array[1]}`;
    default:
      return `${array.slice(0, -1).join(', ')}, ${type} ` +
        `${array[array.length - 1]}`;
  }
}

// '1234567' -> '1_234_567'. Integers only.
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    res = `_${val.slice(i - 3, i)}${res}`;
  }
  return `${val.slice(0, i)}${res}`;
}

// Describes a received value for type-mismatch messages:
// "type string ('abc')", "an instance of Map", "function f", "null".
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  switch (type) {
    case 'bigint':
      return `type bigint (${value}n)`;
    case 'number':
      if (value === 0) {
        return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      }
      return `type number (${value})`;
    case 'boolean':
      return `type boolean (${value})`;
    case 'symbol':
      return `type symbol (${String(value)})`;
    case 'function':
      return `function ${value.name}`;
    case 'object':
      if (value.constructor && 'name' in value.constructor) {
        return `an instance of ${value.constructor.name}`;
      }
      return `${inspect(value, { depth: -1 })}`;
    case 'string':
      if (value.length > 28) value = `${value.slice(0, 25)}...`;
      if (value.indexOf("'") === -1) return `type string ('${value}')`;
      return `type string (${JSON.stringify(value)})`;
    default: {
      let inspected = inspect(value, { colors: false });
      if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
      return `type ${type} (${inspected})`;
    }
  }
}

function invalidArgTypeMessage(assert, name, expected, actual) {
  assert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];

  let msg = 'The ';
  if (name.endsWith(' argument')) {
    // For names like 'first argument'.
    msg += `${name} `;
  } else {
    msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  }
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    assert(typeof value === 'string',
           'All expected entries have to be of type string');
    if (kTypes.includes(value)) {
      types.push(value.toLowerCase());
    } else if (classRegExp.test(value)) {
      instances.push(value);
    } else {
      assert(value !== 'object',
             'The value "object" should be written as "Object"');
      other.push(value);
    }
  }

  // With instance types listed, a plain object is named as one of them so
  // the message contrasts the accepted classes.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }

  if (types.length > 0) {
    msg += `${types.length > 1 ? 'one of type' : 'of type'} ` +
      `${formatList(types, 'or')}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += `an instance of ${formatList(instances, 'or')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) {
      msg += `one of ${formatList(other, 'or')}`;
    } else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += `${other[0]}`;
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

function outOfRangeMessage(assert, str, range, input, replaceDefaultBoolean) {
  assert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str :
    `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) {
      received = addNumericalSeparator(received);
    }
    received += 'n';
  } else {
    received = inspect(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}

function defineCodes(E, kinds) {
  const { SystemError, HideStackFramesError, kNativeStyle, assert } = kinds;
  const Hide = HideStackFramesError;
  const Native = kNativeStyle;

  E('ERR_ACCESS_DENIED', function(msg, permission = '', resource = '') {
    this.permission = permission;
    this.resource = resource;
    return msg;
  }, Error);
  E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
  E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
  E('ERR_ASSERTION', '%s', Error);
  E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
  E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
  E('ERR_BUFFER_CONTEXT_NOT_AVAILABLE',
    'Buffer is not available for the current Context', Error, Native);
  E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
    if (name) return `"${name}" is outside of buffer bounds`;
    return 'Attempt to access memory outside buffer bounds';
  }, RangeError);
  E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes',
    RangeError);
  E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
  E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received',
    Error);
  E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded',
    RangeError);
  E('ERR_CONSOLE_WRITABLE_STREAM',
    'Console expects a writable stream instance for %s', TypeError);
  E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError,
    Native);
  E('ERR_CONSTRUCT_CALL_REQUIRED', 'Cannot call constructor without `new`',
    TypeError, Native);
  E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
  E('ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED',
    'Custom engines not supported by this OpenSSL', Error);
  E('ERR_CRYPTO_ECDH_INVALID_FORMAT', 'Invalid ECDH format: %s', TypeError);
  E('ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY',
    'Public key is not valid for specified curve', Error);
  E('ERR_CRYPTO_ENGINE_UNKNOWN', 'Engine "%s" was not found', Error);
  E('ERR_CRYPTO_FIPS_FORCED',
    'Cannot set FIPS mode, it was forced with --force-fips at startup.', Error);
  E('ERR_CRYPTO_FIPS_UNAVAILABLE', 'Cannot set FIPS mode in a non-FIPS build.',
    Error);
  E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
  E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
  E('ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible %s: %s', Error);
  E('ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS', 'The selected key encoding %s %s.',
    Error);
  E('ERR_CRYPTO_INITIALIZATION_FAILED', 'Initialization failed', Error, Native);
  E('ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag', TypeError,
    Native);
  E('ERR_CRYPTO_INVALID_COUNTER', 'Invalid counter', TypeError, Native);
  E('ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError, Native);
  // Node raises this one from C++: 'Invalid digest' or 'Invalid digest: sha0'.
  E('ERR_CRYPTO_INVALID_DIGEST', (digest = undefined) => {
    return digest === undefined ? 'Invalid digest' : `Invalid digest: ${digest}`;
  }, TypeError, Native);
  E('ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError,
    Native);
  E('ERR_CRYPTO_INVALID_JWK', 'Invalid JWK data', TypeError);
  E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
    'Invalid key object type %s, expected %s.', TypeError);
  E('ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError, Native);
  E('ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError, Native);
  E('ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', RangeError, Native);
  E('ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError,
    Native);
  E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', 'Invalid scrypt params', RangeError,
    Native);
  E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
  E('ERR_CRYPTO_INVALID_TAG_LENGTH', 'Invalid taglength', RangeError, Native);
  E('ERR_CRYPTO_JOB_INIT_FAILED', 'Failed to initialize crypto job config',
    Error, Native);
  E('ERR_CRYPTO_OPERATION_FAILED', 'Operation failed', Error, Native);
  E('ERR_CRYPTO_PBKDF2_ERROR', 'PBKDF2 error', Error);
  E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', 'Invalid scrypt parameter', Error);
  E('ERR_CRYPTO_SCRYPT_NOT_SUPPORTED', 'Scrypt algorithm not supported', Error);
  E('ERR_CRYPTO_SIGN_KEY_REQUIRED', 'No key provided to sign', Error);
  E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
    'Input buffers must have the same byte length', RangeError, Native);
  E('ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error, Native);
  E('ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error, Native);
  E('ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error,
    Native);
  E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
  E('ERR_DIR_CONCURRENT_OPERATION',
    'Cannot do synchronous work on directory handle with concurrent ' +
    'asynchronous operations', Error);
  E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]',
    Error);
  // Node raises this one from C++ (TextDecoder with `fatal: true`).
  E('ERR_ENCODING_INVALID_ENCODED_DATA', (encoding) => {
    return `The encoded data was not valid for encoding ${encoding}`;
  }, TypeError, Native);
  E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported',
    RangeError);
  E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
  E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
  E('ERR_FALSY_VALUE_REJECTION', function(reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
  }, Error, Hide);
  E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    'The feature %s is unavailable on the current platform' +
    ', which is being used to run Node.js', TypeError);
  E('ERR_FS_CP_DIR_TO_NON_DIR',
    'Cannot overwrite non-directory with directory', SystemError);
  E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
  E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
  E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
  E('ERR_FS_CP_NON_DIR_TO_DIR',
    'Cannot overwrite directory with non-directory', SystemError);
  E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
  E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY',
    'Cannot overwrite symlink in subdirectory of self', SystemError);
  E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
  E('ERR_FS_EISDIR', 'Path is a directory', SystemError, Hide);
  E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
  E('ERR_FS_INVALID_SYMLINK_TYPE',
    'Symlink type must be one of "dir", "file", or "junction". Received "%s"',
    Error);
  E('ERR_HTTP_HEADERS_SENT',
    'Cannot %s headers after they are sent to the client', Error);
  E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"',
    TypeError, Hide);
  E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
  E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
  E('ERR_INCOMPATIBLE_OPTION_PAIR',
    'Option "%s" cannot be used in combination with option "%s"', TypeError,
    Hide);
  E('ERR_INTERNAL_ASSERTION', (message) => {
    const suffix = 'This is caused by either a bug in Node.js ' +
      'or incorrect usage of Node.js internals.\n' +
      'Please open an issue with this stack trace at ' +
      'https://github.com/nodejs/node/issues\n';
    return message === undefined ? suffix : `${message}\n${suffix}`;
  }, Error);
  E('ERR_INVALID_ADDRESS', 'Invalid socket address', Error, Native);
  E('ERR_INVALID_ADDRESS_FAMILY', function(addressType, host, port) {
    this.host = host;
    this.port = port;
    return `Invalid address family: ${addressType} ${host}:${port}`;
  }, RangeError);
  E('ERR_INVALID_ARG_TYPE', (name, expected, actual) => {
    return invalidArgTypeMessage(assert, name, expected, actual);
  }, TypeError, Hide);
  E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
    let inspected = inspect(value);
    if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
    const type = name.includes('.') ? 'property' : 'argument';
    return `The ${type} '${name}' ${reason}. Received ${inspected}`;
  }, TypeError, RangeError, Hide);
  E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
  E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s',
    RangeError);
  E('ERR_INVALID_CHAR', (name, field = undefined) => {
    let msg = `Invalid character in ${name}`;
    if (field !== undefined) msg += ` ["${field}"]`;
    return msg;
  }, TypeError, Hide);
  E('ERR_INVALID_CURSOR_POS',
    'Cannot set cursor row without setting its column', TypeError);
  E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
  E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
  E('ERR_INVALID_FILE_URL_HOST',
    'File URL host must be "localhost" or empty on %s', TypeError);
  E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
  E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
  E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError,
    Hide);
  E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
  // Node raises this one from C++ (process.env's defineProperty trap); the
  // caller gives the message.
  E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', (message) => message, TypeError,
    Native);
  E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"',
    TypeError);
  E('ERR_INVALID_RETURN_PROPERTY', (input, name, prop, value) => {
    return `Expected a valid ${input} to be returned for the "${prop}" from ` +
      `the "${name}" hook but got ${determineSpecificType(value)}.`;
  }, TypeError);
  E('ERR_INVALID_RETURN_PROPERTY_VALUE', (input, name, prop, value) => {
    return `Expected ${input} to be returned for the "${prop}" from the ` +
      `"${name}" hook but got ${determineSpecificType(value)}.`;
  }, TypeError);
  E('ERR_INVALID_RETURN_VALUE', (input, name, value) => {
    return `Expected ${input} to be returned from the "${name}" function but ` +
      `got ${determineSpecificType(value)}.`;
  }, TypeError, RangeError);
  E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
  E('ERR_INVALID_SYNC_FORK_INPUT',
    'Asynchronous forks do not support ' +
    'Buffer, TypedArray, DataView or string input: %s', TypeError);
  E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
  E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
  E('ERR_INVALID_URI', 'URI malformed', URIError);
  E('ERR_INVALID_URL', function(input, base = null) {
    this.input = input;
    if (base != null) this.base = base;
    // Node keeps the URL out of the message.
    return 'Invalid URL';
  }, TypeError);
  E('ERR_INVALID_URL_SCHEME', (expected) => {
    if (typeof expected === 'string') expected = [expected];
    assert(expected.length <= 2);
    const res = expected.length === 2 ?
      `one of scheme ${expected[0]} or ${expected[1]}` :
      `of scheme ${expected[0]}`;
    return `The URL must be ${res}`;
  }, TypeError);
  E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
  E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
  E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
  E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
  E('ERR_MEMORY_ALLOCATION_FAILED', 'Failed to allocate memory', Error, Native);
  E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
  E('ERR_MISSING_ARGS', (...args) => {
    assert(args.length > 0, 'At least one arg needs to be specified');
    const wrap = (a) => `"${a}"`;
    const names = args.map(
      (a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
    return `The ${formatList(names)} argument${args.length > 1 ? 's' : ''} ` +
      'must be specified';
  }, TypeError);
  E('ERR_MISSING_OPTION', '%s is required', TypeError);
  E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
  E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support',
    Error);
  E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU',
    TypeError);
  E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
  E('ERR_OUT_OF_RANGE',
    (str, range, input, replaceDefaultBoolean = false) => {
      return outOfRangeMessage(assert, str, range, input,
                               replaceDefaultBoolean);
    }, RangeError, Hide);
  E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
  E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This " +
    'command does not take positional arguments', TypeError);
  E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
    const suggestDashDash = allowPositionals ? '. To specify a positional ' +
      "argument starting with a '-', place it at the end of the command after " +
      `'--', as in '-- ${JSON.stringify(option)}` : '';
    return `Unknown option '${option}'${suggestDashDash}`;
  }, TypeError);
  E('ERR_PERFORMANCE_INVALID_TIMESTAMP',
    '%d is not a valid timestamp', TypeError);
  E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
  E('ERR_SCRIPT_EXECUTION_INTERRUPTED',
    'Script execution was interrupted by `SIGINT`', Error);
  E('ERR_SERVER_ALREADY_LISTEN',
    'Listen method has been called more than once without closing.', Error);
  E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
  E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
  E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer',
    TypeError);
  E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
    assert(typeof allowZero === 'boolean',
           "The 'allowZero' argument must be of type boolean.");
    const operator = allowZero ? '>=' : '>';
    return `${name} should be ${operator} 0 and < 65536. ` +
      `Received ${determineSpecificType(port)}.`;
  }, RangeError, Hide);
  E('ERR_SOCKET_BAD_TYPE',
    'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
  E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
  E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
  E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
    'Socket closed before the connection was established', Error);
  E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
  E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
  E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
  E('ERR_STREAM_ALREADY_FINISHED',
    'Cannot call %s after a stream was finished', Error);
  E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
  E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed',
    Error);
  E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
  E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
  E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
  E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event',
    Error);
  E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode',
    Error);
  E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
  // Node raises this one from C++; V8's limit is (1 << 29) - 24 characters.
  E('ERR_STRING_TOO_LONG',
    'Cannot create a string longer than 0x1fffffe8 characters', Error, Native);
  E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
  E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError, Hide);
  E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
  E('ERR_UNAVAILABLE_DURING_EXIT',
    'Cannot call function in process exit handler', Error);
  E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
    '`process.setupUncaughtExceptionCapture()` was called while a capture ' +
    'callback was already active', Error);
  E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
  E('ERR_UNHANDLED_ERROR', (err = undefined) => {
    const msg = 'Unhandled error.';
    if (err === undefined) return msg;
    return `${msg} (${err})`;
  }, Error);
  E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
  E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
  E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
  E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s',
    TypeError);
  E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError, Hide);
  E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
  E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers',
    TypeError);
}

module.exports = {
  addNumericalSeparator,
  defineCodes,
  determineSpecificType,
  formatList,
};
