// The articles named on the command line: files as given, folders searched for `**/*.txt`.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeArticleBytes } from '../corpus/textDecoding';
import { describeFileError, formatBytes, NodeArticleWorkspace } from '../corpus/nodeWorkspace';
import { defaultSelection } from '../corpus/workspace';
import { InputError } from './errors';

export interface ArticleFile {
  path: string;
  text: string;
}

/** Files named explicitly must be readable text; files found in folders are skipped with a warning otherwise. */
export async function readArticleInputs(paths: string[], warn: (message: string) => void): Promise<ArticleFile[]> {
  const articles: ArticleFile[] = [];
  for (const input of paths) {
    const stat = await fs.stat(input).catch((error: unknown) => {
      throw new InputError(`${input}: ${describePathError(input, error)}`);
    });
    if (stat.isDirectory()) {
      const workspace = new NodeArticleWorkspace([path.resolve(input)], defaultSelection);
      const uris = await workspace.findArticles((location, reason) => warn(`skipped ${path.relative(process.cwd(), location) || location}: ${reason}`));
      if (uris.length === 0) warn(`no articles in ${input}: it holds no readable .txt file`);
      for (const uri of uris) {
        const file = path.relative(process.cwd(), fileURLToPath(uri)) || fileURLToPath(uri);
        const read = await workspace.readArticle(uri);
        if (read.kind === 'text') articles.push({ path: file, text: read.text });
        else warn(`skipped ${file}: ${read.reason}`);
      }
    } else if (stat.size > defaultSelection.maxFileBytes) {
      // The editor's limit too: a 50 MB log named .txt is no article, and would take minutes to analyse.
      throw new InputError(`${input}: larger than ${formatBytes(defaultSelection.maxFileBytes)}, not analysed as an article`);
    } else {
      articles.push({ path: input, text: await readTextFile(input) });
    }
  }
  return articles;
}

export async function readTextFile(file: string): Promise<string> {
  const bytes = await fs.readFile(file).catch((error: unknown) => {
    throw new InputError(`${file}: ${describePathError(file, error)}`);
  });
  const decoded = decodeArticleBytes(bytes);
  if (decoded.kind === 'skipped') throw new InputError(`${file}: ${decoded.reason}, not a text file`);
  return decoded.text;
}

// A name given on the command line that is not UTF-8 reaches Node with U+FFFD in place of its
// bytes, and so names no file: say that, rather than "no such file" of a file the user can see.
function describePathError(input: string, error: unknown): string {
  const reason = describeFileError(error);
  return reason === 'no such file' && input.includes('\uFFFD')
    ? 'no such file (its name is not valid UTF-8, which this tool cannot open by name; rename it)'
    : reason;
}
