// newsmark.include and exclude choose the articles everywhere: the workspaces, the file watcher
// (and, in the client, the documents VS Code sends).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { InMemoryArticleWorkspace } from '../../server/src/corpus/memoryWorkspace';
import { articleWatchers } from '../../server/src/settings';

test('the in-memory workspace chooses its articles by the include and exclude globs', async () => {
  const files = { 'file:///w/news/a.md': 'A.', 'file:///w/news/drafts/b.md': 'B.', 'file:///w/notes.txt': 'C.' };
  const byDefault = new InMemoryArticleWorkspace(files);
  assert.deepEqual(await byDefault.findArticles(), ['file:///w/notes.txt']);
  const markdown = new InMemoryArticleWorkspace(files, { include: ['**/*.md'], exclude: ['**/drafts/**'] });
  assert.deepEqual(await markdown.findArticles(), ['file:///w/news/a.md']);
  assert.equal(markdown.isArticle('file:///w/news/drafts/b.md'), false);
  assert.equal(markdown.isArticle('file:///w/notes.txt'), false);
});

test('the file watcher watches what include chooses, in any folder, and the corpus files', () => {
  assert.deepEqual(
    articleWatchers({ include: ['**/*.txt', 'news/*.md'], exclude: [], maxFileBytes: 1 }).map((watcher) => watcher.globPattern),
    ['**/*.txt', '**/news/*.md', '**/newsmark.json'],
  );
});
