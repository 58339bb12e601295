/**
 * The doctor's verdicts: facts from the probes (probes.ts), the stack's outputs and LXD's answers
 * in; one line per check out, each failing one saying what to do. Missing evidence is a failure,
 * never a pass. Pure: tested without LXD.
 */
import { X509Certificate } from "crypto";
import { SiteDescription } from "../../components/datacenter";
import { Fact, isLoopback } from "./probes";

export type Status = "ok" | "warn" | "fail";

export interface Check {
  check: string;
  status: Status;
  detail: string;
  /** What to do, for every check that is not ok. */
  fix?: string;
}

/** A probe's facts, or why there are none. */
export type ProbeResult = { host: string; facts: Fact[] } | { host: string; error: string };

export interface Evidence {
  site: SiteDescription;
  now: Date;
  gateway: ProbeResult;
  /** The bcmnet client the services were asked from (a docker host), if there is one. */
  client?: ProbeResult;
  /** The CA and the operator's client certificate, from the stack outputs. */
  certificates: { name: string; pem: string }[];
  onionAddresses: string[];
  /** Instance names in the project, or why LXD did not say. */
  instances: string[] | { error: string };
  /** Each volume's configured size in bytes (undefined: none set), or why LXD did not say. */
  volumeSizes: Record<string, number | undefined> | { error: string };
}

const HOUR = 3_600_000;

function factsOf(probe: ProbeResult | undefined): Fact[] | undefined {
  return probe && "facts" in probe ? probe.facts : undefined;
}

function find(facts: Fact[] | undefined, kind: string, key: string): string[] | undefined {
  return facts?.find((f) => f.kind === kind && f.key === key)?.values;
}

/** "1GiB", "500MB", "1073741824" (LXD's size notation) in bytes. */
export function parseSize(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = /^(\d+(?:\.\d+)?)\s*([KMGTPE]i?B|B)?$/.exec(text.trim());
  if (!m) return undefined;
  const unit = m[2] ?? "B";
  const powers = "BKMGTPE";
  const exponent = powers.indexOf(unit[0]);
  const base = unit.includes("i") ? 1024 : 1000;
  return Math.round(Number(m[1]) * base ** (unit === "B" ? 0 : exponent));
}

function gib(bytes: number): string {
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GiB`
    : `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

export function judge(e: Evidence): Check[] {
  const checks: Check[] = [];
  const { site } = e;
  const gw = factsOf(e.gateway);
  const client = factsOf(e.client);
  const onGateway = `lxc exec --project ${site.project} ${site.gateway} --`;

  if (!gw) {
    checks.push({
      check: "gateway",
      status: "fail",
      detail: `no answer from ${e.gateway.host}: ${(e.gateway as { error: string }).error}`,
      fix: `is it running? lxc list --project ${site.project}; lxc start --project ${site.project} ${site.gateway}`,
    });
  }
  if (e.client && !client) {
    checks.push({
      check: "bcmnet client",
      status: "fail",
      detail: `no answer from ${e.client.host}: ${(e.client as { error: string }).error}`,
      fix: `lxc start --project ${site.project} ${e.client.host}`,
    });
  }

  // Each service: its units active, and every TCP listener answering a bcmnet client.
  for (const service of site.services) {
    const problems: string[] = [];
    const fixes: string[] = [];
    for (const unit of service.units) {
      const [state, enabled] = find(gw, "unit", unit) ?? [];
      if (state === "active") continue;
      const masked = enabled === "masked";
      problems.push(
        gw
          ? `${unit} is ${state || "unknown (no answer)"}${masked ? " (masked)" : ""}`
          : `${unit}: no evidence`,
      );
      fixes.push(
        masked
          ? `${onGateway} systemctl unmask ${unit} && ${onGateway} systemctl start ${unit}`
          : `${onGateway} systemctl start ${unit}; if it does not stay up: ${onGateway} journalctl -u ${unit} -n 50`,
      );
    }
    const tcp = service.listeners.filter((l) => l.protocol === "tcp");
    for (const l of tcp) {
      // Loopback listeners answer on the gateway only; the others a bcmnet client, if there is one.
      const local = isLoopback(l.address);
      if (!local && !e.client) continue;
      const asker = local ? e.gateway.host : e.client!.host;
      const answer = find(local ? gw : client, "tcp", l.service)?.[0];
      if (answer === "open") continue;
      problems.push(
        `${l.address}:${l.port} ${answer === "closed" ? "refuses or drops" : "not probed (no evidence)"} ${local ? "a client on the gateway" : "a bcmnet client"} (${asker})`,
      );
      fixes.push(
        `${onGateway} ss -ltnp; ${onGateway} journalctl -u ${service.units[0] ?? service.name} -n 50`,
      );
    }
    if (service.name === "gateway" && e.client) {
      const answer = client?.find((f) => f.kind === "dns")?.values[0];
      if (!answer) {
        problems.push(`DNS from bcmnet gave no answer for the gateway's own names`);
        fixes.push(`${onGateway} systemctl status dnsmasq; ${onGateway} journalctl -u dnsmasq -n 50`);
      }
    }
    const remote = tcp.filter((l) => !isLoopback(l.address)).length;
    const local = tcp.length - remote;
    const answering = [
      ...(e.client && remote ? [`${remote} listener(s) answer ${e.client.host}`] : []),
      ...(local ? [`${local} on loopback answer the gateway`] : []),
    ]
      .map((t) => `, ${t}`)
      .join("");
    checks.push(
      problems.length
        ? {
            check: `service ${service.name}`,
            status: "fail",
            detail: problems.join("; "),
            fix: [...new Set(fixes)].join(" | "),
          }
        : {
            check: `service ${service.name}`,
            status: "ok",
            detail: `${service.units.join(", ")} active${answering}`,
          },
    );
  }

  // Tor: bootstrapped, the network live, and a fresh circuit now.
  if (site.torControl) {
    const control = find(gw, "tor", "control")?.[0];
    const bootstrap = find(gw, "tor", "bootstrap")?.[0];
    const liveness = find(gw, "tor", "liveness")?.[0];
    const circuit = find(gw, "tor", "circuit");
    const torFix = `Tor is cut off from its network: check the gateway's outside link (${onGateway} ip -4 addr show eth0), the upstream router and any firewall before it; ${onGateway} journalctl -u tor@default -n 50`;
    if (control !== "ok") {
      checks.push({
        check: "tor",
        status: "fail",
        detail: `ControlPort: ${control ?? "no evidence"}`,
        fix: `${onGateway} systemctl status tor@default`,
      });
    } else if (bootstrap !== "100") {
      checks.push({
        check: "tor",
        status: "fail",
        detail: `Tor bootstrapped ${bootstrap || "?"} %`,
        fix: torFix,
      });
    } else if (circuit?.[0] !== "built") {
      checks.push({
        check: "tor",
        status: "fail",
        detail: `Tor could not build a circuit (${circuit?.[0] ?? "no evidence"} after ${circuit?.[1] ?? "?"} ms; network-liveness ${liveness ?? "?"})`,
        fix: torFix,
      });
    } else {
      checks.push({
        check: "tor",
        status: "ok",
        detail: `bootstrapped 100 %, network ${liveness}, a fresh circuit in ${circuit[1]} ms`,
      });
    }
    for (const address of e.onionAddresses) {
      const desc = find(gw, "onion", address)?.[0];
      checks.push(
        desc === "yes"
          ? {
              check: `onion ${address.slice(0, 16)}…`,
              status: "ok",
              detail: "Tor holds its current descriptor (built and published by the service)",
            }
          : {
              check: `onion ${address.slice(0, 16)}…`,
              status: "fail",
              detail: `Tor has no descriptor for ${address} (${desc ?? "no evidence"})`,
              fix: `${onGateway} journalctl -u tor@default | grep -i -e descriptor -e onion; a Tor that cannot build circuits cannot publish`,
            },
      );
    }
  }

  // Certificates: days left, warned inside the renewal window.
  const windowHours = site.certEarlyRenewalHours;
  const certificate = (name: string, notAfter: Date | undefined, serial?: string) => {
    if (!notAfter || Number.isNaN(notAfter.getTime())) {
      checks.push({
        check: `certificate ${name}`,
        status: "fail",
        detail: "not read (no evidence)",
        fix: "see the checks above: the host or endpoint did not answer",
      });
      return;
    }
    const hours = (notAfter.getTime() - e.now.getTime()) / HOUR;
    const left = `${Math.floor(hours / 24)} days left (to ${notAfter.toISOString().slice(0, 10)}${serial ? `, serial ${serial}` : ""})`;
    if (hours <= 0) {
      checks.push({
        check: `certificate ${name}`,
        status: "fail",
        detail: `expired ${notAfter.toISOString()}`,
        fix: "pulumi up re-issues it (scripts/deploy.sh)",
      });
    } else if (hours <= windowHours) {
      checks.push({
        check: `certificate ${name}`,
        status: "warn",
        detail: `${left}: inside the renewal window (${windowHours} h)`,
        fix: "run pulumi up (scripts/deploy.sh): it re-issues the certificate and the services take it",
      });
    } else {
      checks.push({ check: `certificate ${name}`, status: "ok", detail: left });
    }
  };
  for (const c of e.certificates) {
    let notAfter: Date | undefined;
    try {
      notAfter = new Date(new X509Certificate(c.pem).validTo);
    } catch {
      notAfter = undefined;
    }
    certificate(c.name, notAfter);
  }
  if (e.client) {
    for (const endpoint of site.tlsEndpoints) {
      const served = find(client, "served", endpoint)?.[0] ?? "";
      const end = /notAfter=([^\n]*?GMT)/.exec(served)?.[1];
      const serial = /serial=([0-9A-Fa-f]+)/.exec(served)?.[1];
      certificate(`served by ${endpoint}`, end ? new Date(end) : undefined, serial);
      const api = find(client, "api", endpoint)?.[0];
      if (api !== "200") {
        checks.push({
          check: `registry ${endpoint}`,
          status: "fail",
          detail: `/v2/ with ${e.client.host}'s client certificate: HTTP ${api || "no answer"}`,
          fix: `${onGateway} journalctl -u bcm-${endpoint.includes(":5000") ? "registry-mirror" : "registry-private"} -n 50`,
        });
      }
      const own = find(client, "clientcert", endpoint)?.[0] ?? "";
      const ownEnd = /notAfter=(.*GMT)/.exec(own)?.[1];
      certificate(`client of ${e.client.host} for ${endpoint}`, ownEnd ? new Date(ownEnd) : undefined);
    }
  } else if (site.tlsEndpoints.length) {
    checks.push({
      check: "served certificates",
      status: "warn",
      detail: "not checked: no docker host on bcmnet to ask from",
      fix: "add a docker host (bcm:dockerHosts) or check with your own client: openssl s_client -connect <endpoint>",
    });
  }

  // Volumes: use against size.
  for (const v of site.services.flatMap((s) => s.volumes)) {
    const used = Number(find(gw, "volume", v.volume)?.[0] ?? NaN);
    const size = "error" in e.volumeSizes ? undefined : e.volumeSizes[v.volume];
    if ("error" in e.volumeSizes) {
      checks.push({
        check: `volume ${v.volume}`,
        status: "fail",
        detail: `LXD did not say its size: ${e.volumeSizes.error}`,
        fix: "check the LXD endpoint",
      });
    } else if (!Number.isFinite(used) || find(gw, "volume", v.volume)?.[0] === "") {
      checks.push({
        check: `volume ${v.volume}`,
        status: "fail",
        detail: `use of ${v.path} not read (no evidence)`,
        fix: `${onGateway} du -sh ${v.path}`,
      });
    } else if (size === undefined) {
      checks.push({ check: `volume ${v.volume}`, status: "ok", detail: `${gib(used)} used (no size set)` });
    } else {
      const share = used / size;
      const detail = `${gib(used)} of ${gib(size)} (${Math.round(share * 100)} %)`;
      checks.push(
        share >= 0.9
          ? {
              check: `volume ${v.volume}`,
              status: share >= 0.98 ? "fail" : "warn",
              detail,
              fix: `raise bcm:volumeSizesGb for it and pulumi up, or clean up (${v.path})`,
            }
          : { check: `volume ${v.volume}`, status: "ok", detail },
      );
    }
  }

  // DHCP leases.
  const leases = find(gw, "leases", "count")?.[0];
  checks.push(
    leases !== undefined && /^\d+$/.test(leases)
      ? { check: "dhcp leases", status: "ok", detail: `${leases} current lease(s)` }
      : {
          check: "dhcp leases",
          status: "fail",
          detail: `lease file ${leases ?? "not read (no evidence)"}`,
          fix: `${onGateway} systemctl status dnsmasq`,
        },
  );

  // Builders left behind by an interrupted build.
  if ("error" in e.instances) {
    checks.push({
      check: "builders",
      status: "fail",
      detail: `LXD did not list the instances: ${e.instances.error}`,
      fix: "check the LXD endpoint",
    });
  } else {
    const leftovers = e.instances.filter((n) => n.startsWith("bcmb-"));
    checks.push(
      leftovers.length
        ? {
            check: "builders",
            status: "warn",
            detail: `builder container(s) left: ${leftovers.join(", ")} (a build running now, or an interrupted one)`,
            fix: `when no pulumi up runs: lxc delete --force --project ${site.project} ${leftovers.join(" ")}`,
          }
        : { check: "builders", status: "ok", detail: "no builder container left" },
    );
  }

  // The gateway's last set-up.
  const last = find(gw, "setup", "last")?.[0];
  const errors = find(gw, "setup", "errors")?.[0];
  if (last?.startsWith("bcm-setup: done") && errors === "0") {
    checks.push({ check: "setup log", status: "ok", detail: last });
  } else {
    checks.push({
      check: "setup log",
      status: "fail",
      detail: `last line '${last ?? "not read (no evidence)"}'${errors && errors !== "0" ? `; ${errors} error(s), last: ${find(gw, "setup", "error")?.[0]}` : ""}`,
      fix: `${onGateway} cat /var/log/bcm-setup.log`,
    });
  }
  return checks;
}

/** 0 all ok, 1 warnings only, 2 a failure (the Nagios convention). */
export function exitStatus(checks: Check[]): number {
  if (checks.some((c) => c.status === "fail")) return 2;
  return checks.some((c) => c.status === "warn") ? 1 : 0;
}

export function renderTable(checks: Check[]): string {
  const width = Math.max(...checks.map((c) => c.check.length));
  const mark: Record<Status, string> = { ok: "ok  ", warn: "WARN", fail: "FAIL" };
  const lines = checks.flatMap((c) => [
    `${mark[c.status]}  ${c.check.padEnd(width)}  ${c.detail}`,
    ...(c.fix ? [`      ${" ".repeat(width)}  -> ${c.fix}`] : []),
  ]);
  const failed = checks.filter((c) => c.status === "fail").length;
  const warned = checks.filter((c) => c.status === "warn").length;
  lines.push(
    "",
    failed || warned
      ? `${failed} failed, ${warned} warning(s), ${checks.length} checks`
      : `all ${checks.length} checks ok`,
  );
  return lines.join("\n") + "\n";
}
