/**
 * The logging surface core code may use. Adapters pass the runner's or the CLI's implementation;
 * tests pass a recording one, so nothing has to mock `@actions/core`.
 */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = {
  info: () => undefined,
  warning: () => undefined,
  debug: () => undefined,
};
