// The server's layers only import downwards: analysis (pure) < models < corpus < display < features
// and cli < server wiring. A file that imports a layer above its own fails here, so the rule holds
// without anyone watching.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';

const source = path.resolve(__dirname, '../../server/src');

// What each layer may import from the others (its own folder is always allowed).
const allowed: Record<string, string[]> = {
  analysis: [],
  models: ['analysis'],
  corpus: ['analysis'],
  display: ['analysis', 'corpus'],
  features: ['analysis', 'corpus', 'display', 'settings', 'protocol'],
  cli: ['analysis', 'models', 'corpus', 'display'],
  settings: ['corpus', 'display', 'protocol'],
  protocol: [],
  server: ['analysis', 'models', 'corpus', 'display', 'features', 'settings', 'protocol'],
  main: ['analysis', 'models', 'corpus', 'server'],
  analysisWorker: ['analysis', 'models', 'corpus'],
};

// Packages a layer may use besides Node's own modules; the pure analysis uses no Node module at all.
const packages: Record<string, RegExp> = {
  analysis: /^(date-fns)$/,
  corpus: /^(node:.*|picomatch|jsonc-parser)$/,
  models: /^node:.*$/,
};

function layerOf(file: string): string {
  const relative = path.relative(source, file).split(path.sep);
  return relative.length === 1 ? path.basename(relative[0], '.ts') : relative[0];
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gms), ...text.matchAll(/\bimport\('([^']+)'\)/g)].map((match) => match[1]);
}

test('every server layer imports only the layers below it', () => {
  const breaks: string[] = [];
  for (const file of sourceFiles(source)) {
    const layer = layerOf(file);
    for (const specifier of importsOf(file)) {
      if (specifier.endsWith('.json')) continue;
      if (!specifier.startsWith('.')) {
        const pattern = packages[layer];
        if (pattern && !pattern.test(specifier)) breaks.push(`${path.relative(source, file)} imports the package ${specifier}`);
        continue;
      }
      const target = path.resolve(path.dirname(file), specifier);
      if (!target.startsWith(source)) continue;
      const targetLayer = layerOf(target + '.ts');
      if (targetLayer !== layer && !(allowed[layer] ?? []).includes(targetLayer))
        breaks.push(`${path.relative(source, file)} (${layer}) imports ${targetLayer}: ${specifier}`);
    }
  }
  assert.deepEqual(breaks, []);
});

test('the layer check sees a break when there is one', () => {
  assert.equal(layerOf(path.join(source, 'corpus/indexer.ts')), 'corpus');
  assert.equal(layerOf(path.join(source, 'server.ts')), 'server');
  assert.ok(importsOf(path.join(source, 'server.ts')).some((specifier) => specifier.startsWith('./features/')));
  assert.ok(!(allowed.corpus ?? []).includes('features'));
});
