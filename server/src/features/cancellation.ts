// Long requests give way: a request on a document waits for its analysis only until the client
// cancels it, and a walk over thousands of mentions or entities yields to the event loop every few
// hundred items, so that a cancellation (or any other message) is read, and stops at once when it is.
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

const sliceSize = 256;

export function requestCancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'request cancelled');
}

/** Resolves when the promise does, or rejects as soon as the request is cancelled. */
export async function unlessCancelled<T>(promise: Promise<T>, token: CancellationToken): Promise<T> {
  if (token.isCancellationRequested) throw requestCancelled();
  let stop: { dispose(): void } | undefined;
  const cancelled = new Promise<never>((_, reject) => (stop = token.onCancellationRequested(() => reject(requestCancelled()))));
  try {
    return await Promise.race([promise, cancelled]);
  } finally {
    stop?.dispose();
  }
}

/** Yields to the event loop, so that other messages are read; rejects if the request has been cancelled meanwhile. */
export async function giveWay(token: CancellationToken): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw requestCancelled();
}

/** Visits every item, yielding to the event loop between slices; rejects once the request is cancelled. */
export async function forEachUnlessCancelled<T>(items: Iterable<T>, token: CancellationToken, visit: (item: T) => void, size = sliceSize): Promise<void> {
  let count = 0;
  for (const item of items) {
    visit(item);
    if (++count % size === 0) await giveWay(token);
  }
}
