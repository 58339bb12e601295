/**
 * How a setting is declared: once, next to the component that uses it, with its type, default,
 * description, whether it is secret, and the parser that turns the raw value into the typed value
 * the component uses (or refuses it with a ConfigError naming the `bcm:` key and the value).
 * Pulumi.yaml's `config:` block and the README's table are generated from these declarations
 * (scripts/gen-settings.ts); nothing else declares a setting.
 */
import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../config-error";

export type SettingSection =
  | "LXD endpoint"
  | "storage and image"
  | "bcmnet, the trusted inside network"
  | "the untrusted outside attachment"
  | "services on the gateway"
  | "certificates"
  | "hosts and data";

interface SettingBase<Raw, Parsed> {
  section: SettingSection;
  description: string;
  /** Parses and checks one value (its meaning, not only its syntax). */
  parse: (value: Raw, key: string) => Parsed;
}

export interface PlainSetting<Raw, Parsed> extends SettingBase<Raw, Parsed> {
  type: "string" | "integer" | "boolean" | "array";
  default: Raw;
  secret: false;
  /** For the README: what the default means when it is not self-explaining (e.g. ""). */
  defaultNote?: string;
}

/**
 * A secret has no default and is not declared in Pulumi.yaml: the engine treats a declared
 * secret without a default as required, and these are optional (set with `--secret`).
 */
export interface SecretSetting<Parsed> extends SettingBase<pulumi.Output<string> | undefined, Parsed> {
  type: "string";
  secret: true;
}

export type Setting = PlainSetting<unknown, unknown> | SecretSetting<unknown>;

export type RawOf<S> =
  S extends PlainSetting<infer Raw, unknown>
    ? Raw
    : S extends SecretSetting<unknown>
      ? pulumi.Output<string> | undefined
      : never;
export type ParsedOf<S> = S extends SettingBase<never, infer Parsed> ? Parsed : never;

const identity = <T>(value: T) => value;

export function text<T = string>(
  section: SettingSection,
  defaultValue: string,
  description: string,
  parse: (value: string, key: string) => T = identity as (value: string) => T,
  defaultNote?: string,
): PlainSetting<string, T> {
  return { type: "string", section, default: defaultValue, description, parse, secret: false, defaultNote };
}

export function choice<const C extends string>(
  section: SettingSection,
  defaultValue: C,
  options: readonly C[],
  description: string,
): PlainSetting<string, C> {
  return text(section, defaultValue, description, (value, key) => {
    if (!(options as readonly string[]).includes(value)) {
      throw new ConfigError(key, value, `expected one of ${options.map((o) => `"${o}"`).join(", ")}`);
    }
    return value as C;
  });
}

export function integer(
  section: SettingSection,
  defaultValue: number,
  description: string,
  bounds: { min: number; max?: number },
): PlainSetting<number, number> {
  return {
    type: "integer",
    section,
    default: defaultValue,
    description,
    secret: false,
    parse: (value, key) => {
      if (
        !Number.isInteger(value) ||
        value < bounds.min ||
        (bounds.max !== undefined && value > bounds.max)
      ) {
        const range =
          bounds.max === undefined ? `of at least ${bounds.min}` : `from ${bounds.min} to ${bounds.max}`;
        throw new ConfigError(key, value, `expected an integer ${range}`);
      }
      return value;
    },
  };
}

export function port(
  section: SettingSection,
  defaultValue: number,
  description: string,
): PlainSetting<number, number> {
  const setting = integer(section, defaultValue, description, { min: 1, max: 65535 });
  return {
    ...setting,
    parse: (value, key) => {
      if (!Number.isInteger(value) || value < 1 || value > 65535) {
        throw new ConfigError(key, value, "a port must be an integer from 1 to 65535");
      }
      return value;
    },
  };
}

export function flag(
  section: SettingSection,
  defaultValue: boolean,
  description: string,
): PlainSetting<boolean, boolean> {
  return { type: "boolean", section, default: defaultValue, description, secret: false, parse: identity };
}

export function list<T = string>(
  section: SettingSection,
  defaultValue: string[],
  description: string,
  parseItem: (value: string, key: string) => T = identity as (value: string) => T,
): PlainSetting<string[], T[]> {
  return {
    type: "array",
    section,
    default: defaultValue,
    description,
    secret: false,
    parse: (value, key) => value.map((item, i) => parseItem(item, `${key}[${i}]`)),
  };
}

export function secret(
  section: SettingSection,
  description: string,
): SecretSetting<pulumi.Output<string> | undefined> {
  return { type: "string", section, description, secret: true, parse: identity };
}
