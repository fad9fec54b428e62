// Every handler runs through these wrappers, in the manner of the CSS and JSON language servers: an
// exception is logged to the client's output and turned into a fallback answer, so one bad input can
// never crash the server or wedge a request, and a request the client has cancelled is not worked on.

import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/** Where errors go; the connection's console in the server. */
export interface ErrorLog {
  error(message: string): void;
}

/**
 * Runs a request handler safely. The work starts on the next turn of the event loop, so a
 * `$/cancelRequest` that arrived with the request is seen first; a cancelled request answers
 * RequestCancelled, a request made stale by a newer document version answers ContentModified, and an
 * exception answers the fallback.
 */
export function runSafe<T>(
  log: ErrorLog,
  what: string,
  fallback: T,
  token: CancellationToken | undefined,
  work: () => T | Promise<T>,
  stillCurrent: () => boolean = () => true,
): Promise<T | ResponseError<void>> {
  return new Promise((resolve) => {
    setImmediate(() => {
      if (token?.isCancellationRequested) {
        resolve(cancelled());
        return;
      }
      let pending: T | Promise<T>;
      try {
        pending = work();
      } catch (error) {
        log.error(describeError(what, error));
        resolve(fallback);
        return;
      }
      Promise.resolve(pending).then(
        (result) => {
          if (token?.isCancellationRequested) resolve(cancelled());
          else if (!stillCurrent()) resolve(contentModified());
          else resolve(result);
        },
        (error: unknown) => {
          log.error(describeError(what, error));
          resolve(fallback);
        },
      );
    });
  });
}

/** Runs a notification handler safely: exceptions and rejections are logged, never thrown. */
export function runSafeNotification(log: ErrorLog, what: string, work: () => void | Promise<void>): void {
  try {
    const pending = work();
    if (pending) pending.catch((error: unknown) => log.error(describeError(what, error)));
  } catch (error) {
    log.error(describeError(what, error));
  }
}

/** The answer to a request the client cancelled. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/** The answer to a request whose document changed while it waited. */
export function contentModified(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.ContentModified, 'Content modified');
}

/** A one-line description of an error with its stack, for the log. */
export function describeError(what: string, error: unknown): string {
  if (error instanceof Error) return `finnews: ${what} failed: ${error.message}\n${error.stack ?? ''}`;
  return `finnews: ${what} failed: ${String(error)}`;
}
