// What a cached analysis depends on besides the article: the package version, the entity models'
// bytes, and the analysis rules: the sources of the analysis and corpus folders (resource JSON
// files, the code that applies them, the mention linking and the cache format). The build hashes
// those sources once and gives the same hash to every bundle (NEWSMARK_ANALYSIS_SOURCES, see
// scripts/build.mjs), so that the CLI and the server agree and either can use the other's cache;
// run from sources, the same folders are hashed the same way at start.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

declare const NEWSMARK_ANALYSIS_SOURCES: string | undefined;

export function analyzerVersion(packageVersion: string, modelDirectory: string): string {
  const hash = createHash('sha256').update(packageVersion);
  hashTree(hash, modelDirectory);
  hash.update(typeof NEWSMARK_ANALYSIS_SOURCES === 'string' ? NEWSMARK_ANALYSIS_SOURCES : analysisSourcesHash(path.resolve(__dirname, '..')));
  return `${packageVersion}+${hash.digest('hex').slice(0, 16)}`;
}

/** The hash of the analysis and corpus sources under a source root (`server/src`). */
export function analysisSourcesHash(sourceRoot: string): string {
  const hash = createHash('sha256');
  for (const folder of ['analysis', 'corpus']) hashTree(hash, path.join(sourceRoot, folder));
  return hash.digest('hex');
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
