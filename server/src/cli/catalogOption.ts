// The corpus file for a command, so that the CLI agrees with the editor: the `newsmark.json` of each
// folder the command is given, or the file `--catalog FILE` names. Its mistakes are reported as
// warnings, file:line:column, and its valid part applies.
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { Catalog, catalogFileName, parseCatalog, type ParsedCatalog } from '../corpus/catalog';
import { computeLineStarts, offsetToPosition } from '../corpus/lines';
import { stringFlag, type ParsedArgs } from './args';
import { InputError } from './errors';
import { readTextFile } from './inputs';

export async function catalogFor(args: ParsedArgs, inputs: string[], warn: (message: string) => void): Promise<Catalog> {
  const named = stringFlag(args, 'catalog');
  if (named !== undefined && !existsSync(named)) throw new InputError(`${named}: no such file`);
  const files =
    named !== undefined
      ? [named]
      : inputs
          .filter(isFolder)
          .map((folder) => path.join(folder, catalogFileName))
          .filter((file) => existsSync(file));
  const catalogs: ParsedCatalog[] = [];
  for (const file of files) {
    const text = await readTextFile(file);
    const parsed = parseCatalog(text);
    const lineStarts = computeLineStarts(text);
    for (const problem of parsed.problems) {
      const { line, character } = offsetToPosition(lineStarts, problem.start);
      warn(`${file}:${line + 1}:${character + 1}: ${problem.message}`);
    }
    catalogs.push(parsed);
  }
  return new Catalog(catalogs);
}

function isFolder(input: string): boolean {
  try {
    return statSync(input).isDirectory();
  } catch {
    return false;
  }
}
