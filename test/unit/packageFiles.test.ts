// What `vsce package` puts in newsmark.vsix is chosen by .vscodeignore: everything is left out, then the
// run-time files let back in. A bundle left out only shows in the installed extension (the analysis
// worker once was: every article "failed" and the status bar said 0 articles), so it is checked here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import picomatch from 'picomatch';

const root = join(__dirname, '../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');

/** vsce's rule: a file is packaged unless an ignore pattern matches it, or if a `!` pattern matches it. */
function packaged(file: string): boolean {
  const patterns = read('.vscodeignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const matches = (globs: string[]) => globs.length > 0 && picomatch(globs, { dot: true })(file);
  const ignored = patterns.filter((pattern) => !pattern.startsWith('!'));
  const negated = patterns.filter((pattern) => pattern.startsWith('!')).map((pattern) => pattern.slice(1));
  return !matches(ignored) || matches(negated);
}

test('the extension package holds every bundle the build writes for the editor (all but the CLI)', () => {
  const bundles = [...read('scripts/build.mjs').matchAll(/outfile: '([^']+)'/g)].map((match) => match[1]);
  assert.ok(bundles.includes('dist/analysisWorker.js'), bundles.join(', '));
  const missing = bundles.filter((bundle) => bundle !== 'dist/cli.js' && !packaged(bundle));
  assert.deepEqual(missing, []);
  assert.ok(packaged('dist/models/ner-es.bin.gz'));
  assert.ok(!packaged('dist/cli.js') && !packaged('server/src/main.ts'));
});

test('the extension package holds the JSON schema package.json contributes for newsmark.json', () => {
  const contributed = JSON.parse(read('package.json')).contributes.jsonValidation.map((entry: { url: string }) => entry.url.replace(/^\.\//, ''));
  assert.deepEqual(
    contributed.filter((file: string) => !packaged(file)),
    [],
  );
});

test('the extension package holds every image README.md shows, which the extension page in VS Code shows too', () => {
  const images = [...read('README.md').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
  assert.ok(images.length > 0);
  assert.deepEqual(
    images.filter((image) => !packaged(image)),
    [],
  );
});
