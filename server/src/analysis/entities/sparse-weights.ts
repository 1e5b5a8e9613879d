// Emission weights without their zero rows. The perceptron touches only a tenth of the hashed rows,
// so a presence bitmap with running ranks (128 KB) and the nonzero rows alone replace a 19 MB table:
// less memory, and lookups that stay in the processor's cache.
import { labelCount as sharedLabelCount } from './bilouLabels';

// A module-local copy: imported bindings compile to property getters under CommonJS, too slow for the inner loops.
const labelCount = sharedLabelCount;

export class SparseWeights {
  /**
   * Word w of the bitmap at [2w] and the number of rows present before row 32·w at [2w + 1]: a
   * lookup reads both, and side by side they come in one cache line.
   */
  readonly bitsAndRanks: Uint32Array;

  constructor(
    /** Bit r of present[r >> 5] is set when row r has a nonzero weight. */
    readonly present: Uint32Array,
    /** The present rows' weights, labelCount per row, in row order. */
    readonly values: Int16Array,
  ) {
    this.bitsAndRanks = new Uint32Array(2 * present.length);
    let rank = 0;
    for (let word = 0; word < present.length; word++) {
      this.bitsAndRanks[2 * word] = present[word];
      this.bitsAndRanks[2 * word + 1] = rank;
      rank += popcount(present[word]);
    }
    if (rank * labelCount !== values.length) throw new Error(`Entity model has ${rank} weight rows but ${values.length / labelCount} rows of values`);
  }

  static fromDense(dense: Int16Array): SparseWeights {
    const rows = dense.length / labelCount;
    const present = new Uint32Array(Math.ceil(rows / 32));
    const kept: number[] = [];
    for (let row = 0; row < rows; row++) {
      let nonzero = false;
      for (let label = 0; label < labelCount; label++) if (dense[row * labelCount + label] !== 0) nonzero = true;
      if (!nonzero) continue;
      present[row >>> 5] |= 1 << (row & 31);
      for (let label = 0; label < labelCount; label++) kept.push(dense[row * labelCount + label]);
    }
    return new SparseWeights(present, Int16Array.from(kept));
  }

  /** Where row `row`'s weights start in `values`, or -1 when the row is all zero. */
  offsetOf(row: number): number {
    const bits = this.bitsAndRanks[2 * (row >>> 5)];
    const bit = 1 << (row & 31);
    if ((bits & bit) === 0) return -1;
    return (this.bitsAndRanks[2 * (row >>> 5) + 1] + popcount(bits & (bit - 1))) * labelCount;
  }
}

export function popcount(word: number): number {
  let x = word - ((word >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
