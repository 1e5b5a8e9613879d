// Where the eval, bench and training scripts find the annotated data, which is not in this repository:
// the folder NEWSMARK_DATA names, else `../shared/data` beside the repository. Tests never read it.
import { resolve } from 'node:path';

export const dataRoot = resolve(process.env.NEWSMARK_DATA || resolve(__dirname, '../../shared/data'));

/** A file or folder inside the data folder, e.g. `dataPath('quotes/polnear/dev/text')`. */
export function dataPath(...parts: string[]): string {
  return resolve(dataRoot, ...parts);
}
