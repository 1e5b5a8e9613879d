// What a cached analysis depends on besides the article: the package version, the entity models'
// bytes, and the analysis rules. The rules (the resource JSON files and the code that applies them)
// are bundled into the running file, so hashing that file covers them; run from sources, the
// analysis folder itself is hashed. About 6 MB of hashing, once at start.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

export function analyzerVersion(packageVersion: string, modelDirectory: string): string {
  const hash = createHash('sha256').update(packageVersion);
  hashTree(hash, modelDirectory);
  const runningFromSources = __filename.endsWith('.ts');
  hashTree(hash, runningFromSources ? path.resolve(__dirname, '../analysis') : __filename);
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
