import { ConfigError } from "../components/config-error";

/** The ConfigError a run throws; fails the test when it throws none or another error. */
export function configErrorOf(run: () => unknown): ConfigError {
  let error: unknown;
  try {
    run();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  return error as ConfigError;
}
