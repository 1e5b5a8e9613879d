// Emission scores at run time. A word's single-word features in each role sum to the same vector
// wherever it occurs, so that sum is cached per word: a token then costs five cached vectors plus
// its context features, instead of some thirty scattered weight rows.
import { labelCount as sharedLabelCount } from './bilouLabels';
import * as features from './tokenFeatures';
import { popcount as sharedPopcount, type SparseWeights } from './sparse-weights';
import type { TaggerModel } from './model';
import type { WordInfo } from './text-features';

// Module-local copies: imported bindings compile to property getters under CommonJS, too slow for the inner loops.
const labelCount = sharedLabelCount;
const popcount = sharedPopcount;
const { boundaryWord, contextFeatures, maximumContextFeatures, maximumRoleFeatures, Role, roleCount, roleFeatures } = features;
const cacheLimit = 100_000;
const vectorLength = roleCount * labelCount;
// Word vectors are carved out of slabs of this many: one allocation instead of one typed array
// (and its own backing store) per word.
const slabVectors = 2048;

export class EmissionScorer {
  /**
   * Each word's summed role weights, kept as the integers the weights are, not scaled: 340 bytes a
   * word instead of 680, and `sum * scale` at use is the same double the scaled copy held.
   */
  private readonly wordVectors = new Map<WordInfo, Int32Array>();
  private slab = new Int32Array(0);
  private slabUsed = 0;
  // Scratch space, reused to spare the garbage collector: one token's context feature hashes (or one
  // word's in one role), and where the weights of those that have any start.
  private readonly hashes = new Uint32Array(Math.max(maximumContextFeatures, maximumRoleFeatures));
  private readonly rowOffsets = new Int32Array(Math.max(maximumContextFeatures, maximumRoleFeatures));
  /** The scores of the sentence scored last; a new array for every sentence cost more than the scoring's arithmetic. */
  private scores = new Float64Array(64 * labelCount);

  constructor(private readonly model: TaggerModel) {}

  /**
   * Scores of each label for each token, token-major, as `emissionScores` computes them from feature
   * rows. The array is this scorer's own and holds them until the next sentence is scored.
   */
  scoreSentence(sentence: features.SentenceContext): Float64Array {
    const { words } = sentence;
    const length = words.length;
    if (this.scores.length < length * labelCount) this.scores = new Float64Array(2 * length * labelCount);
    const scores = this.scores.subarray(0, length * labelCount);
    const { scale, weights } = this.model;
    const shift = 32 - this.model.hashBits;
    const values = weights.values;
    // Two boundary words pad each end, so token i's word in role r is vectors[i + 2 + roleOffsets[r]].
    const boundary = this.vectorOf(boundaryWord);
    const vectors = new Array<Int32Array>(length + 4);
    vectors[0] = vectors[1] = vectors[length + 2] = vectors[length + 3] = boundary;
    for (let i = 0; i < length; i++) vectors[i + 2] = this.vectorOf(words[i]);
    const previousOffset = Role.Previous * labelCount;
    const nextOffset = Role.Next * labelCount;
    const secondPreviousOffset = Role.SecondPrevious * labelCount;
    const secondNextOffset = Role.SecondNext * labelCount;
    // Context weights are summed as integers and scaled once per token.
    const { hashes, rowOffsets } = this;
    for (let i = 0; i < length; i++) {
      const base = i * labelCount;
      const rows = presentRowOffsets(weights, shift, hashes, contextFeatures(sentence, i, hashes), rowOffsets);
      const self = vectors[i + 2];
      const previous = vectors[i + 1];
      const next = vectors[i + 3];
      const secondPrevious = vectors[i];
      const secondNext = vectors[i + 4];
      // Added from zero in role order, then the context: floating-point addition is not associative,
      // and this is the order the tagger's scores were measured with. Each role's integer sum is
      // scaled on its own, as it always was.
      for (let label = 0; label < labelCount; label++) {
        let context = 0;
        for (let row = 0; row < rows; row++) context += values[rowOffsets[row] + label];
        scores[base + label] =
          0 +
          self[label] * scale +
          previous[previousOffset + label] * scale +
          next[nextOffset + label] * scale +
          secondPrevious[secondPreviousOffset + label] * scale +
          secondNext[secondNextOffset + label] * scale +
          context * scale;
      }
    }
    return scores;
  }

  private vectorOf(word: WordInfo): Int32Array {
    if (word.scoredBy === this && word.roleScores) return word.roleScores;
    const vector = this.wordVectors.get(word) ?? this.sumRoleWeights(word);
    word.scoredBy = this;
    word.roleScores = vector;
    return vector;
  }

  private sumRoleWeights(word: WordInfo): Int32Array {
    if (this.wordVectors.size >= cacheLimit) {
      this.wordVectors.clear();
      // Words still holding vectors of the old slabs keep those alive until they are scored again.
      this.slabUsed = this.slab.length;
    }
    if (this.slabUsed === this.slab.length) {
      this.slab = new Int32Array(slabVectors * vectorLength);
      this.slabUsed = 0;
    }
    const sums = this.slab.subarray(this.slabUsed, this.slabUsed + vectorLength);
    this.slabUsed += vectorLength;
    const { hashes, rowOffsets } = this;
    const { weights, hashBits } = this.model;
    const values = weights.values;
    for (let role = 0; role < roleCount; role++) {
      const rows = presentRowOffsets(weights, 32 - hashBits, hashes, roleFeatures(word, role, hashes), rowOffsets);
      for (let label = 0; label < labelCount; label++) {
        let sum = 0;
        for (let row = 0; row < rows; row++) sum += values[rowOffsets[row] + label];
        sums[role * labelCount + label] = sum;
      }
    }
    this.wordVectors.set(word, sums);
    return sums;
  }
}

/**
 * Writes to `offsets` where the weights of each present row among `hashes[0 .. count)` start, and
 * returns how many there are. Finding every row before reading any weight lets the processor fetch
 * the rows side by side instead of one after the other: they are scattered over megabytes.
 */
function presentRowOffsets(weights: SparseWeights, shift: number, hashes: Uint32Array, count: number, offsets: Int32Array): number {
  const { bitsAndRanks } = weights;
  let found = 0;
  for (let f = 0; f < count; f++) {
    const row = hashes[f] >>> shift;
    const word = 2 * (row >>> 5);
    const bits = bitsAndRanks[word];
    const bit = 1 << (row & 31);
    if ((bits & bit) !== 0) offsets[found++] = (bitsAndRanks[word + 1] + popcount(bits & (bit - 1))) * labelCount;
  }
  return found;
}
