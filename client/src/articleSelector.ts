// The documents VS Code sends to the server: the files `newsmark.include` chooses, whatever their
// language mode, and untitled plain text; and the corpus files (newsmark.json), whose unsaved edits
// (a quick fix's) must reach the server at once. Other plain text is left alone; `exclude` is the server's.
import * as vscode from 'vscode';
import type { DocumentFilter } from 'vscode-languageclient/node';
import { catalogFileName, globAnywhere } from '../../server/src/protocol';

export function articleSelector(): DocumentFilter[] {
  const setting = vscode.workspace.getConfiguration('newsmark');
  const chosen = (setting.get<unknown[]>('include') ?? []).filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
  // An empty list means the default, as the server reads it.
  const include = chosen.length > 0 ? chosen : (setting.inspect<string[]>('include')?.defaultValue ?? []);
  return [
    ...include.map((glob) => ({ scheme: 'file', pattern: globAnywhere(glob) })),
    { scheme: 'untitled', language: 'plaintext' },
    { scheme: 'file', pattern: globAnywhere(catalogFileName) },
  ];
}
