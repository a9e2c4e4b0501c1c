// Every handler runs inside a guard: an exception is logged and becomes a proper LSP error (requests)
// or nothing (notifications), and the server keeps serving the next message.

import { ErrorCodes, LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver/node';

export interface Logger {
  error(message: string): void;
}

/** E: the error data type the request declares (diagnostics: DiagnosticServerCancellationData); none is sent. */
export function guardRequest<P, R, E = void>(
  logger: Logger,
  method: string,
  handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R | ResponseError<E>> {
  return async (params, token) => {
    try {
      const result = await handler(params, token);
      // The client no longer wants the answer; saying so lets it re-ask (diagnostics) cleanly.
      if (token.isCancellationRequested) return new ResponseError<E>(LSPErrorCodes.RequestCancelled, `${method} cancelled`);
      return result;
    } catch (error) {
      if (error instanceof ResponseError) return error as ResponseError<E>;
      logger.error(`${method} failed: ${describeError(error)}`);
      return new ResponseError<E>(ErrorCodes.InternalError, `Copydesk: ${method} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function guardNotification<P>(logger: Logger, method: string, handler: (params: P) => void | Promise<void>): (params: P) => void {
  return (params) => {
    try {
      const pending = handler(params);
      if (pending) pending.catch((error: unknown) => logger.error(`${method} failed: ${describeError(error)}`));
    } catch (error) {
      logger.error(`${method} failed: ${describeError(error)}`);
    }
  };
}

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
