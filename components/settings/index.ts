/**
 * Every setting of the stack, each declared once in the component that uses it. From this table
 * come the typed raw config, the defaults, Pulumi.yaml's `config:` block and the README's table
 * (scripts/gen-settings.ts; `npm test` fails when the committed files differ from it).
 */
import * as pulumi from "@pulumi/pulumi";
import { builderSettings } from "../builders/settings";
import { CONFIG_NAMESPACE, ConfigError } from "../config-error";
import { dockerHostSettings } from "../dockerhost/settings";
import { foundationSettings } from "../foundation/settings";
import { gatewaySettings } from "../gateway/settings";
import { onionSettings } from "../onion/settings";
import { pkiSettings } from "../pki/settings";
import { privoxySettings } from "../privoxy/settings";
import { registrySettings } from "../registry/settings";
import { squidSettings } from "../squid/settings";
import { swarmSettings } from "../swarm/settings";
import { torSettings } from "../tor/settings";
import { ParsedOf, RawOf, Setting, SettingSection } from "./define";

export const SETTINGS = {
  ...foundationSettings,
  ...gatewaySettings,
  ...torSettings,
  ...privoxySettings,
  ...squidSettings,
  ...registrySettings,
  ...onionSettings,
  ...pkiSettings,
  ...dockerHostSettings,
  ...builderSettings,
  ...swarmSettings,
};

export type SettingName = keyof typeof SETTINGS;
type SecretName = {
  [K in SettingName]: (typeof SETTINGS)[K] extends { secret: true } ? K : never;
}[SettingName];
type RawValues = { [K in SettingName]: RawOf<(typeof SETTINGS)[K]> };
/** Values as the stack holds them (strings, numbers, booleans, lists; secrets as Outputs, optional). */
export type RawConfig = Omit<RawValues, SecretName> & Partial<Pick<RawValues, SecretName>>;
/** Values after each setting's own parser: addresses, subnets, lease times, URLs as types. */
export type ParsedSettings = { [K in SettingName]: ParsedOf<(typeof SETTINGS)[K]> };

/** Pulumi.yaml's order: by section, then as declared. */
export const SECTIONS: SettingSection[] = [
  "LXD endpoint",
  "storage and image",
  "bcmnet, the trusted inside network",
  "the untrusted outside attachment",
  "services on the gateway",
  "certificates",
  "hosts and data",
];

export function orderedSettings(): [SettingName, Setting][] {
  const entries = Object.entries(SETTINGS) as [SettingName, Setting][];
  return SECTIONS.flatMap((section) => entries.filter(([, s]) => s.section === section));
}

export const DEFAULTS = Object.fromEntries(
  Object.entries(SETTINGS)
    .filter(([, s]) => !s.secret)
    .map(([name, s]) => [name, (s as { default: unknown }).default]),
) as Omit<RawConfig, SecretName>;

/** Runs every setting's own parser. */
export function parseSettings(raw: RawConfig): ParsedSettings {
  const parsed: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, Setting][]) {
    parsed[name] = setting.parse(raw[name] as never, name);
  }
  return parsed as ParsedSettings;
}

/** Reads every setting from the stack by its declared type, defaults from the table. */
export function readRawConfig(config = new pulumi.Config(CONFIG_NAMESPACE)): RawConfig {
  const raw: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS) as [SettingName, Setting][]) {
    if (setting.secret) {
      raw[name] = config.getSecret(name);
      continue;
    }
    const text = config.get(name);
    if (text === undefined) {
      raw[name] = setting.default;
      continue;
    }
    switch (setting.type) {
      case "string":
        raw[name] = text;
        break;
      case "integer":
        if (!/^-?\d+$/.test(text.trim())) throw new ConfigError(name, text, "expected an integer");
        raw[name] = Number(text);
        break;
      case "boolean":
        if (text !== "true" && text !== "false") throw new ConfigError(name, text, "expected true or false");
        raw[name] = text === "true";
        break;
      case "array": {
        const value = config.getObject<unknown>(name);
        if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
          throw new ConfigError(name, value, "expected a list of strings");
        }
        raw[name] = value;
        break;
      }
    }
  }
  return raw as RawConfig;
}

/**
 * A `bcm:` key that no setting declares is a typo or a leftover, never harmless: refuse it and
 * name the setting that was probably meant.
 */
export function checkUnknownSettings(keys: string[]): void {
  const names = Object.keys(SETTINGS);
  for (const full of keys) {
    if (!full.startsWith(`${CONFIG_NAMESPACE}:`)) continue;
    const key = full.slice(CONFIG_NAMESPACE.length + 1);
    if (names.includes(key)) continue;
    const nearest = names
      .map((name) => ({ name, distance: editDistance(key.toLowerCase(), name.toLowerCase()) }))
      .sort((a, b) => a.distance - b.distance)[0];
    const hint =
      nearest && nearest.distance <= Math.max(2, Math.floor(key.length / 4))
        ? `; did you mean ${CONFIG_NAMESPACE}:${nearest.name}?`
        : "; see the README's configuration reference";
    throw new ConfigError(key, "(set in the stack)", `there is no such setting${hint}`);
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length];
}
