// Bundles the extension client, the language server and the CLI; each is one self-contained file.
import * as esbuild from 'esbuild';
import { cpSync, existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
};

const targets = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js' },
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
