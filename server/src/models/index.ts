// Loads the shipped entity models from disk, outside the pure analysis core.
// PLACEHOLDER until the tagger lands.
import { createCapitalisationRecognizer, type EntityRecognizer } from '../analysis/entities';

export function loadEntityRecognizer(): EntityRecognizer {
  return createCapitalisationRecognizer();
}
