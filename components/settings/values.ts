/** Parsers for values several settings share; each refuses with a ConfigError naming the key. */
import { ConfigError } from "../config-error";

// LXD object names: letters, digits and dashes, starting with a letter.
const LXD_NAME = /^[a-zA-Z][a-zA-Z0-9-]{0,62}$/;
// Linux interface names are at most 15 bytes and must not contain '/', ':' or whitespace.
const IFACE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,14}$/;

export function lxdName(value: string, key: string): string {
  if (!LXD_NAME.test(value)) {
    throw new ConfigError(key, value, "expected a name of letters, digits and dashes starting with a letter");
  }
  return value;
}

export function interfaceName(value: string, key: string): string {
  if (!IFACE_NAME.test(value)) {
    throw new ConfigError(key, value, "expected a network interface name of at most 15 characters");
  }
  return value;
}

/** "" means unset; anything else goes through the parser. */
export function optional<T>(
  parse: (value: string, key: string) => T,
): (value: string, key: string) => T | undefined {
  return (value, key) => (value === "" ? undefined : parse(value, key));
}
