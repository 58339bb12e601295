/**
 * The doctor's probes: bash scripts run through the LXD exec API, one on the gateway (as root:
 * systemd, Tor's ControlPort, leases, volumes, the set-up log) and one on a bcmnet client (a docker
 * host: each service as a client reaches it). Each prints facts, one per line, tab-separated:
 * `<kind>\t<key>\t<value>...`. They judge nothing: report.ts does, so the verdicts are tested
 * without LXD. Pure functions: typed facts in, script text out.
 */
import * as fs from "fs";
import * as path from "path";
import { SiteDescription } from "../../components/datacenter";

export interface GatewayProbeArgs {
  site: Pick<SiteDescription, "services" | "torControl">;
  /** Onion addresses (without port) whose descriptor Tor should have. */
  onionAddresses: string[];
  /** How long a fresh circuit may take before Tor counts as cut off. */
  circuitSeconds: number;
}

const SAFE = /^[A-Za-z0-9@._:/-]+$/;

/** A word for a bash script: only characters that need no quoting (units, paths, addresses). */
function word(what: string, value: string | number): string {
  const text = String(value);
  if (!SAFE.test(text)) throw new Error(`doctor: ${what} '${text}' has characters a probe will not quote`);
  return text;
}

export function renderGatewayProbe(args: GatewayProbeArgs): string {
  const units = args.site.services.flatMap((s) => s.units).map((u) => word("unit", u));
  const volumes = args.site.services.flatMap((s) => s.volumes);
  const seconds = args.circuitSeconds;
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 60) {
    throw new Error(`doctor: circuitSeconds must be 1 to 60, got ${seconds}`);
  }
  const tor = args.site.torControl;
  const lines = [
    "#!/bin/bash",
    "# bcm-pulumi doctor, gateway probe (ops/doctor/probes.ts): facts only, one per line.",
    "set -u",
    "fact() { local IFS=$'\\t'; printf '%s\\n' \"$*\"; }",
    `for unit in ${units.join(" ")}; do fact unit "$unit" "$(systemctl is-active "$unit" 2>/dev/null)" "$(systemctl is-enabled "$unit" 2>/dev/null)"; done`,
  ];
  // Loopback listeners (Tor's consumers, the ControlPort, privoxy's mirror instance) answer only
  // on the gateway: asked from there.
  for (const l of args.site.services.flatMap((s) => s.listeners)) {
    if (l.protocol !== "tcp" || !isLoopback(l.address)) continue;
    const target = `${word("address", l.address)}/${word("port", l.port)}`;
    lines.push(
      `if timeout 2 bash -c ': </dev/tcp/${target}' 2>/dev/null; then fact tcp ${word("service", l.service)} open; else fact tcp ${word("service", l.service)} closed; fi`,
    );
  }
  for (const v of volumes) {
    lines.push(
      `fact volume ${word("volume", v.volume)} "$(timeout 2 du -sb ${word("path", v.path)} 2>/dev/null | cut -f1)"`,
    );
  }
  lines.push(
    "leases=/var/lib/bcm/state/dnsmasq.leases",
    'if [ -r "$leases" ]; then fact leases count "$(grep -c . "$leases")"; else fact leases count missing; fi',
    "log=/var/log/bcm-setup.log",
    'if [ -r "$log" ]; then',
    '  fact setup last "$(tail -n 1 "$log")"',
    '  fact setup errors "$(grep -cE "^bcm-setup: (FAILED|secret file)" "$log")"',
    '  fact setup error "$(grep -E "^bcm-setup: (FAILED|secret file)" "$log" | tail -n 1)"',
    "else fact setup last missing; fi",
  );
  if (tor) {
    // Tor's part is a plain bash file (no template to escape), given its parameters first.
    const onions = args.onionAddresses.map((a) => word("onion address", a.replace(/\.onion$/, "")));
    lines.push(
      `TOR_PORT=${word("port", tor.port)}`,
      `TOR_COOKIE=${word("cookie", tor.cookieFile)}`,
      `ONIONS="${onions.join(" ")}"`,
      `CIRCUIT_SECONDS=${seconds}`,
      fs.readFileSync(path.join(__dirname, "tor-probe.sh"), "utf8"),
    );
  }
  return lines.join("\n") + "\n";
}

/** 127.0.0.0/8: reachable only on the gateway itself. */
export function isLoopback(address: string): boolean {
  return address.startsWith("127.");
}

export interface ClientProbeArgs {
  /** Every TCP listener of the gateway's services (address:port), as a bcmnet client reaches it. */
  tcp: { service: string; address: string; port: number }[];
  /** A name the gateway's DNS answers from bcmnet (its own records). */
  dnsName: string;
  /** The TLS endpoints (host:port) and where this host keeps its client bundle for each. */
  tls: { endpoint: string; certsDir: string }[];
}

export function renderClientProbe(args: ClientProbeArgs): string {
  const lines = [
    "#!/bin/bash",
    "# bcm-pulumi doctor, bcmnet client probe (ops/doctor/probes.ts): facts only, one per line.",
    "set -u",
    "fact() { local IFS=$'\\t'; printf '%s\\n' \"$*\"; }",
    `fact dns ${word("name", args.dnsName)} "$(timeout 3 getent hosts ${word("name", args.dnsName)} | awk '{print $1}' | head -n 1)"`,
  ];
  for (const l of args.tcp) {
    const target = `${word("address", l.address)}/${word("port", l.port)}`;
    lines.push(
      `if timeout 2 bash -c ': </dev/tcp/${target}' 2>/dev/null; then fact tcp ${word("service", l.service)} open; else fact tcp ${word("service", l.service)} closed; fi`,
    );
  }
  for (const t of args.tls) {
    const endpoint = word("endpoint", t.endpoint);
    const dir = word("certs dir", t.certsDir);
    lines.push(
      // In the bundle's directory: its name has a colon (host:port), which curl's --cert reads as
      // the start of a password.
      // From "/" first: a bundle directory that is missing leaves no files to read, not a stale one.
      `cd / && cd ${dir} 2>/dev/null`,
      // What the server presents, and whether it answers our client certificate with the API.
      `served=$(timeout 4 openssl s_client -connect ${endpoint} -servername ${endpoint.replace(/:\d+$/, "")} -CAfile ./ca.crt -cert ./client.cert -key ./client.key </dev/null 2>/dev/null | openssl x509 -noout -enddate -serial 2>/dev/null | tr '\\n' ' ')`,
      `fact served ${endpoint} "$served"`,
      `fact api ${endpoint} "$(timeout 4 curl -s -o /dev/null -w '%{http_code}' --cacert ./ca.crt --cert ./client.cert --key ./client.key https://${endpoint}/v2/)"`,
      `fact clientcert ${endpoint} "$(openssl x509 -noout -enddate -in ./client.cert 2>/dev/null)"`,
      "cd /",
    );
  }
  return lines.join("\n") + "\n";
}

/** One fact line of a probe. */
export interface Fact {
  kind: string;
  key: string;
  values: string[];
}

export function parseFacts(output: string): Fact[] {
  return output
    .split("\n")
    .filter((line) => line.includes("\t"))
    .map((line) => {
      const [kind, key, ...values] = line.split("\t");
      return { kind, key, values };
    });
}
