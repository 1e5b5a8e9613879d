// Emission scores at run time. A word's single-word features in each role sum to the same vector
// wherever it occurs, so that sum is cached per word: a token then costs five cached vectors plus
// its context features, instead of some thirty scattered weight rows.
import { labelCount as sharedLabelCount } from './labels';
import * as features from './features';
import type { LinearWeights } from './decode';
import type { WordInfo } from './text-features';

// Module-local copies: imported bindings compile to property getters under CommonJS, too slow for the inner loops.
const labelCount = sharedLabelCount;
const { boundaryWord, contextFeatures, roleCount, roleFeatures, roleOffsets } = features;
const cacheLimit = 100_000;

export class EmissionScorer {
  private readonly wordVectors = new Map<WordInfo, Float64Array>();
  private readonly shift: number;

  constructor(
    private readonly weights: LinearWeights,
    hashBits: number,
  ) {
    this.shift = 32 - hashBits;
  }

  /** Scores of each label for each token, token-major, as `emissionScores` computes them from feature rows. */
  scoreSentence(sentence: features.SentenceContext): Float64Array {
    const { words } = sentence;
    const length = words.length;
    const scores = new Float64Array(length * labelCount);
    const { emission, scale } = this.weights;
    const shift = this.shift;
    // Context weights are summed as integers and scaled once per token.
    const contextSums = new Float64Array(labelCount);
    const addRow = (hash: number) => {
      const row = (hash >>> shift) * labelCount;
      for (let label = 0; label < labelCount; label++) contextSums[label] += emission[row + label];
    };
    for (let i = 0; i < length; i++) {
      const base = i * labelCount;
      for (let role = 0; role < roleCount; role++) {
        const at = i + roleOffsets[role];
        const vector = this.vectorOf(at >= 0 && at < length ? words[at] : boundaryWord);
        const offset = role * labelCount;
        for (let label = 0; label < labelCount; label++) scores[base + label] += vector[offset + label];
      }
      contextSums.fill(0);
      contextFeatures(sentence, i, addRow);
      for (let label = 0; label < labelCount; label++) scores[base + label] += contextSums[label] * scale;
    }
    return scores;
  }

  private vectorOf(word: WordInfo): Float64Array {
    let vector = this.wordVectors.get(word);
    if (vector) return vector;
    if (this.wordVectors.size >= cacheLimit) this.wordVectors.clear();
    vector = new Float64Array(roleCount * labelCount);
    const { emission, scale } = this.weights;
    for (let role = 0; role < roleCount; role++) {
      for (const hash of roleFeatures(word, role)) {
        const row = (hash >>> this.shift) * labelCount;
        for (let label = 0; label < labelCount; label++) vector[role * labelCount + label] += emission[row + label] * scale;
      }
    }
    this.wordVectors.set(word, vector);
    return vector;
  }
}
