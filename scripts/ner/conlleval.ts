// Entity-level scoring with conlleval's rules: a predicted entity counts only if its span and type
// both match a gold entity exactly; precision, recall and F1 per type and overall.
import { spansOfLabels, entityTypes } from '../../server/src/analysis/entities/bilouLabels';

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  counts: Counts;
}

export class EntityScorer {
  private readonly byType = new Map<string, Counts>(entityTypes.map((type) => [type, { gold: 0, predicted: 0, correct: 0 }]));

  add(gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    const goldSpans = spansOfLabels(gold);
    const predictedSpans = spansOfLabels(predicted);
    const goldKeys = new Set(goldSpans.map((span) => `${span.start}:${span.end}:${span.type}`));
    for (const span of goldSpans) this.counts(span.type).gold++;
    for (const span of predictedSpans) {
      const counts = this.counts(span.type);
      counts.predicted++;
      if (goldKeys.has(`${span.start}:${span.end}:${span.type}`)) counts.correct++;
    }
  }

  overall(): Scores {
    const total: Counts = { gold: 0, predicted: 0, correct: 0 };
    for (const counts of this.byType.values()) {
      total.gold += counts.gold;
      total.predicted += counts.predicted;
      total.correct += counts.correct;
    }
    return scoresOf(total);
  }

  perType(): Map<string, Scores> {
    return new Map([...this.byType].map(([type, counts]) => [type, scoresOf(counts)]));
  }

  private counts(type: string): Counts {
    const counts = this.byType.get(type);
    if (!counts) throw new Error(`Unknown entity type ${type}`);
    return counts;
  }
}

function scoresOf(counts: Counts): Scores {
  const precision = counts.predicted ? (100 * counts.correct) / counts.predicted : 0;
  const recall = counts.gold ? (100 * counts.correct) / counts.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, counts: { ...counts } };
}

export function formatScores(name: string, scorer: EntityScorer): string {
  const row = (label: string, scores: Scores) =>
    `  ${label.padEnd(8)} P ${scores.precision.toFixed(2).padStart(6)}  R ${scores.recall.toFixed(2).padStart(6)}  F1 ${scores.f1.toFixed(2).padStart(6)}  (gold ${scores.counts.gold}, predicted ${scores.counts.predicted}, correct ${scores.counts.correct})`;
  const lines = [`${name}`, row('overall', scorer.overall())];
  for (const [type, scores] of scorer.perType()) lines.push(row(type, scores));
  return lines.join('\n');
}
