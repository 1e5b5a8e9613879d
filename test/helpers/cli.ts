// The bundled CLI as a user runs it (`npm test` builds it first), and the fixture corpus it is tried on.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export const cli = path.resolve(__dirname, '../../dist/cli.js');
export const corpus = path.resolve(__dirname, '../fixtures/corpus');

export function runCli(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
