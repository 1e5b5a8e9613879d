// Emission scores at run time. A word's single-word features in each role sum to the same vector
// wherever it occurs, so that sum is cached per word: a token then costs five cached vectors plus
// its context features, instead of some thirty scattered weight rows.
import { labelCount as sharedLabelCount } from './labels';
import * as features from './features';
import { popcount as sharedPopcount } from './sparse-weights';
import type { TaggerModel } from './model';
import type { WordInfo } from './text-features';

// Module-local copies: imported bindings compile to property getters under CommonJS, too slow for the inner loops.
const labelCount = sharedLabelCount;
const popcount = sharedPopcount;
const { boundaryWord, contextFeatures, maximumContextFeatures, roleCount, roleFeatures, roleOffsets } = features;
const cacheLimit = 100_000;

export class EmissionScorer {
  private readonly wordVectors = new Map<WordInfo, Float64Array>();
  /** Adds row `hash`'s weights to `sums`, unscaled; the sparse lookup is inlined for speed. */
  private readonly addRow: (hash: number, sums: Float64Array, at: number) => void;
  // Scratch space for one token's context features, reused to spare the garbage collector.
  private readonly contextSums = new Float64Array(labelCount);
  private readonly contextHashes = new Uint32Array(maximumContextFeatures);

  constructor(private readonly model: TaggerModel) {
    const shift = 32 - model.hashBits;
    const { present, ranks, values } = model.weights;
    this.addRow = (hash, sums, at) => {
      const row = hash >>> shift;
      const bits = present[row >>> 5];
      const bit = 1 << (row & 31);
      if ((bits & bit) === 0) return;
      const offset = (ranks[row >>> 5] + popcount(bits & (bit - 1))) * labelCount;
      for (let label = 0; label < labelCount; label++) sums[at + label] += values[offset + label];
    };
  }

  /** Scores of each label for each token, token-major, as `emissionScores` computes them from feature rows. */
  scoreSentence(sentence: features.SentenceContext): Float64Array {
    const { words } = sentence;
    const length = words.length;
    const scores = new Float64Array(length * labelCount);
    const scale = this.model.scale;
    const addRow = this.addRow;
    const vectors = new Array<Float64Array>(length);
    for (let i = 0; i < length; i++) vectors[i] = this.vectorOf(words[i]);
    const boundary = this.vectorOf(boundaryWord);
    // Context weights are summed as integers and scaled once per token.
    const { contextSums, contextHashes } = this;
    for (let i = 0; i < length; i++) {
      const base = i * labelCount;
      for (let role = 0; role < roleCount; role++) {
        const at = i + roleOffsets[role];
        const vector = at >= 0 && at < length ? vectors[at] : boundary;
        const offset = role * labelCount;
        for (let label = 0; label < labelCount; label++) scores[base + label] += vector[offset + label];
      }
      contextSums.fill(0);
      const count = contextFeatures(sentence, i, contextHashes);
      for (let f = 0; f < count; f++) addRow(contextHashes[f], contextSums, 0);
      for (let label = 0; label < labelCount; label++) scores[base + label] += contextSums[label] * scale;
    }
    return scores;
  }

  private vectorOf(word: WordInfo): Float64Array {
    if (word.scoredBy === this && word.roleScores) return word.roleScores;
    const vector = this.wordVectors.get(word) ?? this.sumRoleWeights(word);
    word.scoredBy = this;
    word.roleScores = vector;
    return vector;
  }

  private sumRoleWeights(word: WordInfo): Float64Array {
    if (this.wordVectors.size >= cacheLimit) this.wordVectors.clear();
    const vector = new Float64Array(roleCount * labelCount);
    for (let role = 0; role < roleCount; role++) {
      for (const hash of roleFeatures(word, role)) this.addRow(hash, vector, role * labelCount);
    }
    for (let i = 0; i < vector.length; i++) vector[i] *= this.model.scale;
    this.wordVectors.set(word, vector);
    return vector;
  }
}
