// Loads the shipped entity models from disk, outside the pure analysis core: `ner-es.bin.gz` and
// `ner-en.bin.gz` in the given directory (`<repo>/models` in development, `dist/models` in bundles).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createTaggerRecognizer, type EntityTagger, type TaggerModels } from '../analysis/entities';
import { decodeModel, encodeModel, type TaggerModel } from '../analysis/entities/model';

export { tagTokenizedDocument, type EntityTagger } from '../analysis/entities';

export const modelLanguages = ['es', 'en'] as const;

export function modelFileName(language: (typeof modelLanguages)[number]): string {
  return `ner-${language}.bin.gz`;
}

export function loadEntityRecognizer(modelDirectory: string): EntityTagger {
  const models: TaggerModels = {};
  for (const language of modelLanguages) {
    const path = join(modelDirectory, modelFileName(language));
    if (existsSync(path)) models[language] = readModelFile(path);
  }
  if (!models.es && !models.en) throw new Error(`No entity model (${modelLanguages.map(modelFileName).join(', ')}) in ${modelDirectory}`);
  return createTaggerRecognizer(models);
}

export function readModelFile(path: string): TaggerModel {
  return decodeModel(gunzipSync(readFileSync(path)));
}

export function serialiseModel(model: TaggerModel): Buffer {
  return gzipSync(encodeModel(model), { level: 9 });
}
