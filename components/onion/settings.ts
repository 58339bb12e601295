/** Settings of the authenticated onion services (remote access without any inbound port). */
import { ConfigError } from "../config-error";
import { parseIpv4 } from "../net";
import { list } from "../settings/define";

/** A service on the gateway an onion service can point at, by the name operators know. */
export const GATEWAY_TARGETS = ["privateRegistry", "registryMirror"] as const;
export type GatewayTarget = (typeof GATEWAY_TARGETS)[number];

export interface OnionServiceSetting {
  name: string;
  virtualPort: number;
  target: { gateway: GatewayTarget } | { address: string; port: number };
  clients: string[];
}

const NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** "<name> <virtual port> <target> <client>[,<client>...]" */
export function parseOnionService(value: string, key: string): OnionServiceSetting {
  const parts = value.trim().split(/\s+/);
  if (parts.length !== 4) {
    throw new ConfigError(
      key,
      value,
      'expected "<name> <virtual port> <target> <client>[,<client>...]", e.g. "registry 443 privateRegistry laptop,phone"',
    );
  }
  const [name, portText, targetText, clientsText] = parts;
  if (!NAME.test(name))
    throw new ConfigError(key, value, `service name "${name}": lower-case letters, digits, dashes`);
  const virtualPort = Number(portText);
  if (!/^\d+$/.test(portText) || virtualPort < 1 || virtualPort > 65535) {
    throw new ConfigError(key, value, `virtual port "${portText}" must be from 1 to 65535`);
  }
  let target: OnionServiceSetting["target"];
  if ((GATEWAY_TARGETS as readonly string[]).includes(targetText)) {
    target = { gateway: targetText as GatewayTarget };
  } else {
    const match = /^([0-9.]+):(\d+)$/.exec(targetText);
    if (!match) {
      throw new ConfigError(
        key,
        value,
        `unknown target "${targetText}": a gateway service (${GATEWAY_TARGETS.join(", ")}) or address:port on bcmnet`,
      );
    }
    const port = Number(match[2]);
    if (port < 1 || port > 65535)
      throw new ConfigError(key, value, `target port ${match[2]} must be from 1 to 65535`);
    target = { address: parseIpv4(key, match[1]), port };
  }
  const clients = clientsText.split(",");
  for (const client of clients) {
    if (!NAME.test(client))
      throw new ConfigError(key, value, `client name "${client}": lower-case letters, digits, dashes`);
  }
  const duplicate = clients.find((client, i) => clients.indexOf(client) !== i);
  if (duplicate) throw new ConfigError(key, value, `client "${duplicate}" is listed twice`);
  return { name, virtualPort, target, clients };
}

export const onionSettings = {
  onionServices: list(
    "services on the gateway",
    [],
    'Authenticated v3 onion services, the only way in from outside: each "<name> <virtual port> <target> <client>[,<client>...]", target a gateway service (privateRegistry, registryMirror) or address:port on bcmnet, e.g. "registry 443 privateRegistry laptop". Keys are generated and kept by the stack; only the listed clients can connect.',
    parseOnionService,
  ),
};
