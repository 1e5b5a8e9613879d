// `newsmark export` as a user runs it: the bundled CLI with the shipped models, real files.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { corpus, runCli as run } from '../helpers/cli';

describe('newsmark export', () => {
  it('writes JSONL records equal to what annotate --format json prints, one article a line', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'newsmark-cli-export-'));
    const exported = run('export', corpus, '--format', 'jsonl', '--out', out);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stdout, /^3 articles written as jsonl to .* \(1 files\)\n$/);
    assert.match(exported.stderr, /skipped .*broken-image\.txt: binary file/);
    const annotated = JSON.parse(run('annotate', corpus, '--format', 'json').stdout).articles;
    const lines = readFileSync(path.join(out, 'articles.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    assert.deepEqual(
      lines.map(({ path: exportedPath, ...rest }) => [exportedPath, rest]),
      annotated.map(({ path: annotatedPath, ...rest }: { path: string }) => [path.basename(annotatedPath), rest]),
    );
  });

  it('writes the brat pairs and the CSV files', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'newsmark-cli-export-'));
    assert.equal(run('export', corpus, '--format', 'brat', '--out', path.join(out, 'brat')).code, 0);
    assert.ok(existsSync(path.join(out, 'brat', '2025-12-11-madrid.ann')));
    assert.equal(readFileSync(path.join(out, 'brat', '2025-12-11-madrid.txt'), 'utf8'), readFileSync(path.join(corpus, '2025-12-11-madrid.txt'), 'utf8'));
    assert.equal(run('export', corpus, '--format=csv', '--out', path.join(out, 'csv')).code, 0);
    assert.match(
      readFileSync(path.join(out, 'csv', 'entities.csv'), 'utf8'),
      /^name,type,aliases,mentions,articles,first_date,last_date\r\nElena Marín Ortega,PER,/,
    );
  });

  it('refuses a missing or unknown format, a missing --out, and brat copies inside the corpus', () => {
    const cases: [string[], RegExp][] = [
      [['export', corpus, '--out', '/tmp/x'], /--format must be jsonl, csv, brat, conll/],
      [['export', corpus, '--format', 'xml', '--out', '/tmp/x'], /--format must be jsonl, csv, brat, conll, not 'xml'/],
      [['export', corpus, '--format', 'csv'], /export needs --out FOLDER/],
      [['export', '--format', 'csv', '--out', '/tmp/x'], /export needs exactly one folder/],
      [['export', corpus, '--format', 'brat', '--out', path.join(corpus, 'brat')], /--out must lie outside .* for brat/],
    ];
    for (const [args, message] of cases) {
      const { code, stderr } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
    assert.ok(!existsSync(path.join(corpus, 'brat')));
  });
});
