// The training data's own typed names as a gazetteer (see server/src/analysis/entities/training-names.ts):
// jack-knifed for the training documents, from all of them for the dev set and the model.
import { spansOfLabels } from '../../server/src/analysis/entities/labels';
import { wordInfo } from '../../server/src/analysis/entities/text-features';
import { countNames, TrainingNames, trainingNamesData, type TypedName } from '../../server/src/analysis/entities/training-names';
import type { LabelledDocument } from './corpus';

/**
 * Every name counts, even one seen once: keeping only names seen twice or more gained a quarter as much
 * on esp.testa (docs/entities.md).
 */
export const minimumNameCount = 1;

/**
 * Folds for each language's jack-knife; 0 trains without the names. Ten folds let each document see
 * nine tenths of the names, close to what the model sees at run time. English has not been tried.
 */
export const trainingNameFolds: Record<'es' | 'en', number> = { es: 10, en: 0 };

/** The typed names of some documents, counted, written as the features read them (normalised forms). */
export function namesOf(documents: readonly LabelledDocument[]): TypedName[] {
  return countNames(
    documents.flatMap((document) =>
      document.flatMap((sentence) =>
        spansOfLabels(sentence.labels).map((span) => ({
          words: sentence.tokens.slice(span.start, span.end).map((token) => wordInfo(token).form),
          type: span.type,
        })),
      ),
    ),
  );
}

/** For each document, the names of the documents in the other folds (document k is in fold k mod `folds`). */
export function jackknifedNames(documents: readonly LabelledDocument[], folds: number): TrainingNames[] {
  const perFold = Array.from({ length: folds }, (_, fold) => {
    const others = documents.filter((_document, k) => k % folds !== fold);
    return new TrainingNames(namesOf(others), minimumNameCount);
  });
  return documents.map((_document, k) => perFold[k % folds]);
}

export function allNames(documents: readonly LabelledDocument[]): { names: TrainingNames; data: ReturnType<typeof trainingNamesData> } {
  const data = trainingNamesData(namesOf(documents), minimumNameCount);
  return { names: TrainingNames.fromData(data), data };
}
