// What a cached analysis depends on besides the article: the package version, the entity models'
// bytes, and the analysis rules. The rules (the resource JSON files, the code that applies them and
// the corpus's mention linking) are bundled into the running file, so hashing that file covers
// them; run from sources, the analysis and corpus folders are hashed. About 6 MB, once at start.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export function analyzerVersion(packageVersion: string, modelDirectory: string): string {
  const hash = createHash('sha256').update(packageVersion);
  hashTree(hash, modelDirectory);
  const runningFromSources = __filename.endsWith('.ts');
  const rules = runningFromSources ? [path.resolve(__dirname, '../analysis'), __dirname] : [__filename];
  for (const location of rules) hashTree(hash, location);
  return `${packageVersion}+${hash.digest('hex').slice(0, 16)}`;
}

// File names and bytes, in a stable order; a missing path adds nothing.
function hashTree(hash: Hash, location: string): void {
  const stat = statSync(location, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isFile()) {
    hash.update(path.basename(location)).update(readFileSync(location));
    return;
  }
  for (const name of readdirSync(location).sort()) hashTree(hash, path.join(location, name));
}
