'use strict';

// The colour table and style map of util.inspect's `colors` option, and the stylize used without
// colours. inspect.js publishes the two objects as inspect.colors and inspect.styles and
// stylizes through those properties, so that replacing them works as in node.

// SGR codes: [set, reset].
const kDefaultForeground = 39;
const kDefaultBackground = 49;
const colors = {
  __proto__: null,
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, kDefaultForeground],
  red: [31, kDefaultForeground],
  green: [32, kDefaultForeground],
  yellow: [33, kDefaultForeground],
  blue: [34, kDefaultForeground],
  magenta: [35, kDefaultForeground],
  cyan: [36, kDefaultForeground],
  white: [37, kDefaultForeground],
  bgBlack: [40, kDefaultBackground],
  bgRed: [41, kDefaultBackground],
  bgGreen: [42, kDefaultBackground],
  bgYellow: [43, kDefaultBackground],
  bgBlue: [44, kDefaultBackground],
  bgMagenta: [45, kDefaultBackground],
  bgCyan: [46, kDefaultBackground],
  bgWhite: [47, kDefaultBackground],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, kDefaultForeground],
  redBright: [91, kDefaultForeground],
  greenBright: [92, kDefaultForeground],
  yellowBright: [93, kDefaultForeground],
  blueBright: [94, kDefaultForeground],
  magentaBright: [95, kDefaultForeground],
  cyanBright: [96, kDefaultForeground],
  whiteBright: [97, kDefaultForeground],
  bgGray: [100, kDefaultBackground],
  bgRedBright: [101, kDefaultBackground],
  bgGreenBright: [102, kDefaultBackground],
  bgYellowBright: [103, kDefaultBackground],
  bgBlueBright: [104, kDefaultBackground],
  bgMagentaBright: [105, kDefaultBackground],
  bgCyanBright: [106, kDefaultBackground],
  bgWhiteBright: [107, kDefaultBackground],
};

// Aliases are non-enumerable accessors, so listing the colours shows each once.
function defineColorAlias(target, alias) {
  Object.defineProperty(colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// Property names ('name') are deliberately unstyled.
const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeNoColor(str) {
  return str;
}

module.exports = { colors, styles, stylizeNoColor };
