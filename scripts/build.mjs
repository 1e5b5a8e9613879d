// Bundles the extension client, the language server, its analysis worker and the CLI; each is one
// self-contained file.
import * as esbuild from 'esbuild';
import { cpSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

// The analysis sources' hash, computed by the same code the server runs from sources, so that the
// CLI and the server bundles share one analyzer version (server/src/corpus/analyzerVersion.ts).
async function analysisSourcesHash() {
  const built = await esbuild.build({
    entryPoints: ['server/src/corpus/analyzerVersion.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', built.outputFiles[0].text)(module, module.exports, (await import('node:module')).createRequire(import.meta.url));
  return module.exports.analysisSourcesHash('server/src');
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD bundle whose requires esbuild cannot follow; its ES module build bundles whole.
  mainFields: ['module', 'main'],
  define: { NEWSMARK_ANALYSIS_SOURCES: JSON.stringify(await analysisSourcesHash()) },
  // Node has had \p{...} in patterns since version 10, but esbuild's tables turn every such literal
  // into a `new RegExp(...)` call, looked up and built anew each time the line runs: some 170 times
  // an article, each about four times what a literal costs.
  supported: { 'regexp-unicode-property-escapes': true },
};

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
  { entryPoints: ['server/src/analysisWorker.ts'], outfile: 'dist/analysisWorker.js' },
  { entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
];

// The trained entity models ship beside the bundles that load them.
if (existsSync('models')) cpSync('models', 'dist/models', { recursive: true });

if (watch) {
  for (const target of targets) {
    const context = await esbuild.context({ ...common, ...target });
    await context.watch();
  }
} else {
  await Promise.all(targets.map((target) => esbuild.build({ ...common, ...target })));
}
