'use strict';

// How util.inspect lays formatted entries out: on one line when they fit, in aligned columns for
// long arrays of short items, otherwise one entry per line.

const { getStringWidth } = require('internal/util/inspect_text');
const { join, removeColors } = require('internal/util');

// What kind of entries a container holds: plain properties, array items only, or array items
// followed by extra properties.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// A "... N more items" entry is not data and is kept out of the column arithmetic.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let dataCount = output.length;
  if (ctx.maxArrayLength < output.length) dataCount--;
  // Each entry is followed by a comma and a space.
  const separatorSpace = 2;
  const widths = new Array(dataCount);
  for (let i = 0; i < dataCount; i++) {
    const width = getStringWidth(output[i], ctx.colors);
    widths[i] = width;
    totalLength += width + separatorSpace;
    if (maxLength < width) maxLength = width;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only when three columns fit and no single entry dwarfs the others (longer than a
  // fifth of everything), else the gaps between short entries would be huge.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      !(totalLength / actualMax > 5 || maxLength <= 6)) {
    return output;
  }
  // Aim for a roughly square block, taking a character to be 2.5 times as high as wide; the bias
  // gives short entries more columns.
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / output.length);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  const columns = Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * dataCount) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
  if (columns <= 1) return output;

  const columnWidths = [];
  for (let col = 0; col < columns; col++) {
    let widest = 0;
    for (let j = col; j < output.length; j += columns) {
      if (widths[j] > widest) widest = widths[j];
    }
    columnWidths.push(widest + separatorSpace);
  }
  // Numbers are right-aligned, anything else left-aligned.
  let alignRight = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        alignRight = false;
        break;
      }
    }
  }
  const rows = [];
  for (let rowStart = 0; rowStart < dataCount; rowStart += columns) {
    const rowEnd = Math.min(rowStart + columns, dataCount);
    let line = '';
    let j = rowStart;
    for (; j < rowEnd - 1; j++) {
      // Colour codes take no room on screen, so the padding target grows by their length.
      const padding = columnWidths[j - rowStart] + output[j].length - widths[j];
      const cell = `${output[j]}, `;
      line += alignRight ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
    }
    if (alignRight) {
      const padding = columnWidths[j - rowStart] + output[j].length - widths[j] - separatorSpace;
      line += output[j].padStart(padding, ' ');
    } else {
      line += output[j];
    }
    rows.push(line);
  }
  if (ctx.maxArrayLength < output.length) rows.push(output[dataCount]);
  return rows;
}

// Whether `output` fits on one line: each entry costs its length plus a separator, on top of
// `start` columns already used.
function isBelowBreakLength(ctx, output, start, base) {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ? removeColors(output[i]).length : output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
  const basePrefix = base ? `${base} ` : '';
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Only the innermost `compact` levels of an object may share a line (currentDepth is the
      // deepest level reached below this one), and never once grouping made columns.
      if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
        // The constant 10 leaves room for whatever precedes this value on its line.
        const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = join(output, ', ');
          if (!joined.includes('\n')) {
            return `${basePrefix}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${basePrefix}${braces[0]}${indentation}  ${join(output, `,${indentation}  `)}` +
      `${indentation}${braces[1]}`;
  }
  // compact === true: the classic layout, with the first entry on the brace's line.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${join(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace ("Set {") pushes the first entry onto its own line so entries align.
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${join(output, `,\n${indentation}  `)} ${braces[1]}`;
}

module.exports = {
  kArrayExtrasType,
  kArrayType,
  kObjectType,
  reduceToSingleString,
};
