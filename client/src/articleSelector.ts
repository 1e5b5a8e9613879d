// The documents VS Code sends to the server: the files `newsmark.include` chooses, whatever their
// language mode, and untitled plain text. Other plain text is left alone; `exclude` is the server's.
import * as vscode from 'vscode';
import type { DocumentFilter } from 'vscode-languageclient/node';
import { globAnywhere } from '../../server/src/protocol';

export function articleSelector(): DocumentFilter[] {
  const setting = vscode.workspace.getConfiguration('newsmark');
  const chosen = (setting.get<unknown[]>('include') ?? []).filter((glob): glob is string => typeof glob === 'string' && glob.trim() !== '');
  // An empty list means the default, as the server reads it.
  const include = chosen.length > 0 ? chosen : (setting.inspect<string[]>('include')?.defaultValue ?? []);
  return [...include.map((glob) => ({ scheme: 'file', pattern: globAnywhere(glob) })), { scheme: 'untitled', language: 'plaintext' }];
}
