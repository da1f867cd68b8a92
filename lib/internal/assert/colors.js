'use strict';

// ANSI colors for assertion diffs: used only when stderr is a color
// terminal (or FORCE_COLOR asks for them), empty strings otherwise.

const colors = {
  blue: '',
  green: '',
  white: '',
  red: '',
  gray: '',
  clear: '',
  hasColors: false,
  refresh() {
    const stderr = process.stderr;
    if (!stderr || !stderr.isTTY) return;
    const hasColors = shouldColorize(stderr);
    colors.blue = hasColors ? '\u001b[34m' : '';
    colors.green = hasColors ? '\u001b[32m' : '';
    colors.white = hasColors ? '\u001b[39m' : '';
    colors.red = hasColors ? '\u001b[31m' : '';
    colors.gray = hasColors ? '\u001b[90m' : '';
    colors.clear = hasColors ? '\u001bc' : '';
    colors.hasColors = hasColors;
  },
};

function shouldColorize(stream) {
  const force = process.env.FORCE_COLOR;
  if (force !== undefined) {
    return force === '' || force === 'true' || force === '2' || force === '3';
  }
  if (typeof stream.getColorDepth === 'function') {
    return stream.getColorDepth() > 2;
  }
  return true;
}

colors.refresh();

module.exports = colors;
