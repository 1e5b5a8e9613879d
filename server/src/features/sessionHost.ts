// The one session of a connection: made by the first `initialize`, which a second one may not
// replace (LSP allows one per connection), and given to each handler with the request's document
// URI made canonical and its analysis ready.
import { ResponseError, type CancellationToken, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver';
import { canonicalUri } from '../corpus/uris';
import { unlessCancelled } from './cancellation';
import { NewsmarkSession, type ServerDependencies } from './session';

/** LSP's InvalidRequest: a message the server cannot take in its state. */
const invalidRequest = -32600;

export class SessionHost {
  private session: NewsmarkSession | undefined;

  constructor(
    readonly connection: Connection,
    private readonly dependencies: ServerDependencies,
  ) {}

  initialize(params: InitializeParams, capabilities: InitializeResult['capabilities']): InitializeResult {
    if (this.session) throw new ResponseError(invalidRequest, 'the server is already initialized');
    this.session = new NewsmarkSession(this.connection, this.dependencies, params);
    return { capabilities, serverInfo: { name: 'newsmark' } };
  }

  /** Runs the handler on the session, or gives the fallback before `initialize`. */
  with<T>(fallback: T, handler: (session: NewsmarkSession) => T): T {
    return this.session ? handler(this.session) : fallback;
  }

  /** A request on one document: its URI canonical, answered once its newest analysis is in (or the request is cancelled). */
  async onDocument<T>(clientUri: string, token: CancellationToken, fallback: T, answer: (session: NewsmarkSession, uri: string) => T | Promise<T>): Promise<T> {
    const session = this.session;
    const uri = canonicalUri(clientUri);
    if (!session || uri === undefined) return fallback;
    return session.answering(async () => {
      await unlessCancelled(session.articleReady(uri), token);
      return answer(session, uri);
    });
  }
}
