/**
 * scripts/doctor.sh's engine: the stack's outputs on stdin (JSON, as `pulumi stack output --json
 * --show-secrets` prints them), the probes run through the LXD API (`lxc exec`, `lxc query`, in
 * parallel), the verdicts printed as a table or, with --json, as JSON. Exit status: report.ts.
 *
 * Usage: cli.ts [--json] [--at <date>]   --at: judge the certificates as of that date (which will be
 *        inside their renewal window, or expired, by then); everything else is checked now.
 *        Env BCM_LXD_REMOTE: the endpoint's `lxc` remote;
 *        BCM_DOCTOR_CIRCUIT_SECONDS: how long a fresh Tor circuit may take, default 4)
 */
import { execFile } from "child_process";
import { SiteDescription } from "../../components/datacenter";
import { parseFacts, renderClientProbe, renderGatewayProbe } from "./probes";
import { Evidence, ProbeResult, exitStatus, judge, parseSize, renderTable } from "./report";

interface Outputs {
  site?: SiteDescription;
  caCertificate?: string;
  dockerClientCert?: string;
  onionServices?: Record<string, string>;
  bcmnetDomain?: string;
  dockerCertsDirectories?: string[];
}

function run(args: string[], input?: string, timeoutMs = 15_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      "lxc",
      args,
      { timeout: timeoutMs, maxBuffer: 16 << 20 },
      (err, stdout, stderr) => {
        if (err) reject(new Error((stderr || err.message).trim().split("\n").pop() ?? err.message));
        else resolve(stdout);
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

async function probe(host: string, project: string, prefix: string, script: string): Promise<ProbeResult> {
  try {
    const out = await run(["exec", "--project", project, `${prefix}${host}`, "--", "bash", "-s"], script);
    return { host, facts: parseFacts(out) };
  } catch (err) {
    return { host, error: (err as Error).message };
  }
}

async function main(argv: string[]): Promise<number> {
  const json = argv.includes("--json");
  const atIndex = argv.indexOf("--at");
  const at = atIndex >= 0 ? new Date(argv[atIndex + 1] ?? "") : new Date();
  if (Number.isNaN(at.getTime())) {
    console.error(`doctor: --at wants a date (e.g. 2027-06-01), got '${argv[atIndex + 1] ?? ""}'`);
    return 2;
  }
  const outputs = JSON.parse(
    await new Promise<string>((resolve) => {
      let text = "";
      process.stdin.on("data", (d) => (text += d));
      process.stdin.on("end", () => resolve(text));
    }),
  ) as Outputs;
  const site = outputs.site;
  if (!site) {
    console.error(
      "doctor: the stack has no 'site' output: run pulumi up with this version of bcm-pulumi first",
    );
    return 2;
  }
  const remote = process.env.BCM_LXD_REMOTE;
  const prefix = remote ? `${remote}:` : "";
  const onionAddresses = Object.values(outputs.onionServices ?? {}).map((a) => a.replace(/:\d+$/, ""));
  const circuitSeconds = Number(process.env.BCM_DOCTOR_CIRCUIT_SECONDS ?? 4);
  const clientHost = site.dockerHosts[0];
  const tcp = site.services.flatMap((s) => s.listeners).filter((l) => l.protocol === "tcp");
  const dnsName = `${site.gateway}.${outputs.bcmnetDomain ?? ""}`.replace(/\.$/, "");

  const [gateway, client, instances, volumes] = await Promise.all([
    probe(site.gateway, site.project, prefix, renderGatewayProbe({ site, onionAddresses, circuitSeconds })),
    clientHost
      ? probe(
          clientHost,
          site.project,
          prefix,
          renderClientProbe({
            tcp,
            dnsName,
            tls: site.tlsEndpoints.map((endpoint) => ({
              endpoint,
              certsDir: `/etc/docker/certs.d/${endpoint}`,
            })),
          }),
        )
      : Promise.resolve(undefined),
    run(["query", `${prefix}/1.0/instances?project=${site.project}`])
      .then((out) => (JSON.parse(out) as string[]).map((url) => url.split("/").pop()!.split("?")[0]))
      .catch((err: Error) => ({ error: err.message })),
    run([
      "query",
      `${prefix}/1.0/storage-pools/${site.pool}/volumes/custom?project=${site.project}&recursion=1`,
    ])
      .then((out) =>
        Object.fromEntries(
          (JSON.parse(out) as { name: string; config: Record<string, string> }[]).map((v) => [
            v.name,
            parseSize(v.config.size),
          ]),
        ),
      )
      .catch((err: Error) => ({ error: err.message })),
  ]);
  const evidence: Evidence = {
    site,
    now: at,
    gateway,
    client,
    certificates: [
      ...(outputs.caCertificate ? [{ name: "CA", pem: outputs.caCertificate }] : []),
      ...(outputs.dockerClientCert
        ? [{ name: "operator client (dockerClientCert)", pem: outputs.dockerClientCert }]
        : []),
    ],
    onionAddresses,
    instances,
    volumeSizes: volumes,
  };
  const checks = judge(evidence);
  const status = exitStatus(checks);
  if (json) console.log(JSON.stringify({ status, ok: status === 0, checks }, null, 2));
  else process.stdout.write(renderTable(checks));
  return status;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: Error) => {
    console.error(`doctor: ${err.message}`);
    process.exit(2);
  },
);
