import * as pulumi from "@pulumi/pulumi";
import * as random from "@pulumi/random";
import * as tls from "@pulumi/tls";
import { BcmConfig } from "../config";
import { GatewayDirectory, GatewayFile } from "../gateway/service";
import { clientAuthKeys, clientAuthPrivateFileName, clientTorrcLines, onionServiceKeyFiles } from "./keys";
import { renderOnionServiceTorrc } from "./torrc";

/** Where Tor keeps the services (Debian's AppArmor profile lets Tor write under /var/lib/tor only). */
const ONION_ROOT = "/var/lib/tor/onion";
/** Where a client's Tor keeps its credentials (ClientOnionAuthDir), in the bundle we hand out. */
const CLIENT_AUTH_DIR = "/var/lib/tor/onion-auth";

export interface OnionServicesArgs {
  services: BcmConfig["onionServices"];
}

export interface OnionClientBundle {
  /** File name (in ClientOnionAuthDir) -> content: one <address>.auth_private per service. */
  authPrivateFiles: Record<string, string>;
  /** The torrc lines the client's Tor needs. */
  torrc: string[];
}

/**
 * Authenticated v3 onion services on the gateway's Tor, with every key owned by the stack.
 *
 * Why these resources: a service identity is an ed25519 key, and @pulumi/tls makes one
 * (`algorithm: "ED25519"`) and keeps it as a secret in the state; its only input never changes,
 * so the key, and with it the .onion address, survives every `pulumi up` and every replacement of
 * the gateway, travels with the stack's backup, and changes only when the operator replaces that
 * one resource (`pulumi up --replace <its URN>`: a new address). A client's x25519 key is any 32
 * random bytes (x25519 clamps them itself); @pulumi/tls has no x25519, so @pulumi/random's
 * RandomBytes (base64 output, secret) makes it, one per client name, and removing a name from the
 * settings deletes the key and the client's `.auth` file on the gateway. Tor's file formats come
 * from ./keys.ts, tested against tor itself.
 */
export class OnionServices extends pulumi.ComponentResource {
  /** torrc lines, files (binary key files as base64) and directories for the gateway's Tor. */
  public readonly torrc: pulumi.Output<string>;
  public readonly files: pulumi.Output<GatewayFile[]>;
  public readonly directories: GatewayDirectory[];
  /** Service name -> "<address>.onion:<virtual port>". */
  public readonly addresses: pulumi.Output<Record<string, string>>;
  private readonly services: BcmConfig["onionServices"];
  /** Client name -> what its Tor needs (secret). */
  public readonly clients: pulumi.Output<Record<string, OnionClientBundle>>;

  constructor(name: string, args: OnionServicesArgs, opts?: pulumi.ComponentResourceOptions) {
    super("bcm:onion:OnionServices", name, {}, opts);
    this.services = args.services;
    const identities = args.services.map(
      (service) =>
        new tls.PrivateKey(`${name}-${service.name}`, { algorithm: "ED25519" }, { parent: this })
          .privateKeyPemPkcs8,
    );
    const clientNames = [...new Set(args.services.flatMap((service) => service.clients))];
    const clientKeys = Object.fromEntries(
      clientNames.map((client) => [
        client,
        new random.RandomBytes(`${name}-client-${client}`, { length: 32 }, { parent: this }).base64,
      ]),
    );

    const rendered = pulumi.all([pulumi.all(identities), pulumi.all(clientKeys)]).apply(([pems, keys]) => {
      const auth = Object.fromEntries(
        Object.entries(keys).map(([client, base64]) => [
          client,
          clientAuthKeys(Buffer.from(base64, "base64")),
        ]),
      );
      const services = args.services.map((service, i) => ({
        name: service.name,
        dir: `${ONION_ROOT}/${service.name}`,
        virtualPort: service.virtualPort,
        target: `${service.target.address}:${service.target.port}`,
        keys: onionServiceKeyFiles(pems[i]),
        authorizedClients: service.clients.map((client) => ({
          name: client,
          authLine: auth[client].authLine,
        })),
      }));
      const torrc = renderOnionServiceTorrc(services);
      const addresses = Object.fromEntries(
        services.map((service) => [service.name, `${service.keys.hostname.trim()}:${service.virtualPort}`]),
      );
      const clients = Object.fromEntries(
        clientNames.map((client) => [
          client,
          {
            authPrivateFiles: Object.fromEntries(
              services
                .filter((service) => service.authorizedClients.some((c) => c.name === client))
                .map((service) => {
                  const address = service.keys.hostname.trim();
                  return [clientAuthPrivateFileName(address), auth[client].authPrivateLine(address) + "\n"];
                }),
            ),
            torrc: clientTorrcLines(CLIENT_AUTH_DIR),
          },
        ]),
      );
      const files: GatewayFile[] = torrc.files.map((file) => ({
        path: file.path,
        content: file.content.toString("base64"),
        encoding: "base64",
        permissions: file.mode,
        owner: file.owner,
        secret: true,
      }));
      return { torrc: torrc.torrc, files, addresses, clients };
    });
    this.torrc = rendered.torrc;
    this.files = rendered.files;
    // Tor refuses group or other access to these; /var/lib/tor itself is Debian's (debian-tor).
    this.directories = [
      { path: ONION_ROOT, owner: "debian-tor:debian-tor", mode: "0700" },
      ...args.services.flatMap((service) => [
        { path: `${ONION_ROOT}/${service.name}`, owner: "debian-tor:debian-tor", mode: "0700" },
        {
          path: `${ONION_ROOT}/${service.name}/authorized_clients`,
          owner: "debian-tor:debian-tor",
          mode: "0700",
        },
      ]),
    ];
    // The address alone lets nobody in (client authorization); operators need to read it.
    this.addresses = pulumi.unsecret(rendered.addresses);
    this.clients = pulumi.secret(rendered.clients);
    this.registerOutputs({ addresses: this.addresses, clients: this.clients });
  }

  /** The .onion names of the services that lead to this address and port (for TLS names). */
  namesLeadingTo(address: string, port: number): pulumi.Output<string>[] {
    return this.services
      .filter((service) => service.target.address === address && service.target.port === port)
      .map((service) => this.addresses.apply((all) => all[service.name].split(":")[0]));
  }
}
