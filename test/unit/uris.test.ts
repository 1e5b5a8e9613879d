import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { NodeArticleWorkspace } from '../../server/src/corpus/nodeWorkspace';
import { canonicalUri, fileUri } from '../../server/src/corpus/uris';
import { defaultSelection } from '../../server/src/corpus/workspace';

describe('canonical article URIs', () => {
  it('gives one key to the scan form, VS Code form and any other spelling of a path', () => {
    const file = '/tmp/news/Informe (1) d’Hondt, 50% [final] & más=+@!$;.txt';
    const vscode = 'file:///tmp/news/Informe%20%281%29%20d%E2%80%99Hondt%2C%2050%25%20%5Bfinal%5D%20%26%20m%C3%A1s%3D%2B%40%21%24%3B.txt';
    assert.equal(fileUri(file), vscode);
    assert.equal(canonicalUri(pathToFileURL(file).href), vscode);
    assert.equal(canonicalUri(vscode), vscode);
    assert.equal(canonicalUri(vscode.replace('%C3%A1', '%c3%a1')), vscode);
    assert.equal(canonicalUri('FILE:///tmp/news/a.txt'), 'file:///tmp/news/a.txt');
  });

  it('names no file for a host, a bad escape or a lone surrogate, and leaves other schemes alone', () => {
    assert.equal(canonicalUri('file://server/share/a.txt'), undefined);
    assert.equal(canonicalUri('file:///tmp/%E0%A4%A.txt'), undefined);
    assert.equal(canonicalUri('file:///tmp/%ED%A0%80.txt'), undefined);
    assert.equal(canonicalUri('untitled:Untitled-1'), 'untitled:Untitled-1');
  });
});

describe('articles on disk', () => {
  let root: string;
  let folder: string;
  let outside: string;
  before(() => {
    root = mkdtempSync(path.join(tmpdir(), 'newsmark-uris-'));
    folder = path.join(root, 'corpus');
    outside = path.join(root, 'private');
    mkdirSync(path.join(folder, 'sub'), { recursive: true });
    mkdirSync(outside);
    writeFileSync(path.join(outside, 'secret.txt'), 'Nadie debe leer esto.');
    writeFileSync(path.join(folder, 'Informe (1).txt'), 'Elena Marín en Madrid.');
    writeFileSync(path.join(folder, 'sub', 'b.txt'), 'Otro.');
    symlinkSync(path.join(outside, 'secret.txt'), path.join(folder, 'link.txt'));
    symlinkSync(outside, path.join(folder, 'sub', 'private'));
    writeFileSync(Buffer.concat([Buffer.from(`${folder}/`), Buffer.from([0x69, 0xff, 0x2e, 0x74, 0x78, 0x74])]), 'Latin-1 name.');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('scans with canonical URIs, reports a name that is not UTF-8, and follows no link', async () => {
    const problems: string[] = [];
    const workspace = new NodeArticleWorkspace([folder], defaultSelection);
    const found = await workspace.findArticles((location, reason) => problems.push(`${path.basename(location)}: ${reason}`));
    assert.deepEqual(found, [fileUri(path.join(folder, 'Informe (1).txt')), fileUri(path.join(folder, 'sub/b.txt'))]);
    assert.ok(found[0].includes('%281%29'));
    assert.deepEqual(problems, ['i\uFFFD.txt: file name is not valid UTF-8 (rename it to index it)']);
  });

  it('refuses to read or stat a file whose real path leaves the workspace', async () => {
    const workspace = new NodeArticleWorkspace([folder], defaultSelection);
    for (const link of [path.join(folder, 'link.txt'), path.join(folder, 'sub/private/secret.txt')]) {
      const uri = fileUri(link);
      assert.equal(workspace.isArticle(uri), true, 'by its name it is an article');
      assert.deepEqual(await workspace.readArticle(uri), { kind: 'skipped', reason: 'outside the workspace folders (a link leads elsewhere)' });
      assert.equal(await workspace.statArticle(uri), undefined);
    }
    const inside = await workspace.readArticle(fileUri(path.join(folder, 'Informe (1).txt')));
    assert.deepEqual(inside, { kind: 'text', text: 'Elena Marín en Madrid.' });
  });

  it('reads through a workspace folder that is itself a link', async () => {
    const linkedFolder = path.join(root, 'linked-corpus');
    symlinkSync(folder, linkedFolder);
    const workspace = new NodeArticleWorkspace([linkedFolder], defaultSelection);
    const [first] = await workspace.findArticles();
    assert.equal(first, fileUri(path.join(linkedFolder, 'Informe (1).txt')));
    assert.equal((await workspace.readArticle(first)).kind, 'text');
  });
});
