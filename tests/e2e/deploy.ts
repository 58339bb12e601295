/**
 * Engine-less deployment for the end-to-end test, used only while the real Pulumi engine cannot
 * run the program here (the Go module proxy refuses the tls, random and LXD provider plugins and
 * the current nodejs language host: docs/engine.md). It runs the real program (index.ts) under
 * the Pulumi runtime's mock monitor, with test doubles that compute real keys, certificates and
 * secrets (real-values.ts), records every LXD resource the program asks for with its exact inputs,
 * and creates those objects through the LXD API (`lxc query`). What it proves: the program's
 * rendered configuration runs as real services on LXD. What it cannot prove: anything about the
 * engine (state, diffs, secrets in state, destroy); scripts/e2e.sh reports those checks as skipped.
 *
 * To be deleted the day the real engine runs here (docs/engine.md: when the Go module proxy serves
 * the tls, random and terraform-lxd plugins and the nodejs language host); scripts/e2e.sh then
 * deploys with `pulumi up` and nothing calls this file.
 *
 * Usage (from the repo root, Node 22, ts-node):
 *   deploy.ts plan <stack-config.yaml> <dir>   render: <dir>/plan.json and <dir>/outputs.json (0600)
 *   deploy.ts apply <dir>                       create what plan.json lists, missing objects only
 *   deploy.ts replace <dir> <old-plan.json>     replace instances whose config changed, like
 *                                               replaceOnChanges: ["config"] + deleteBeforeReplace
 *   deploy.ts destroy <dir>                     delete everything plan.json lists, in reverse
 *   deploy.ts noop <stack-config.yaml> <dir>    exit 0 only when a new plan changes nothing
 */
import * as pulumi from "@pulumi/pulumi";
import { execFileSync } from "child_process";
import { X509Certificate, createHash } from "crypto";
import * as fs from "fs";
import * as yaml from "js-yaml";
import * as path from "path";
import { StagedFile } from "../../components/host/cloud-init";
import { revealSecrets } from "../mock-secrets";
import { providerInstanceState, LxdNicState, ProviderInstanceState } from "./provider-state";
import { realState } from "./real-values";

interface PlannedResource {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  /** The resource's type, name and inputs hashed: which provider state belongs to it. */
  key: string;
}

/**
 * What the provider returned for each instance it created, and each dynamic resource's outputs
 * with its id: <dir>/provider-state.json.
 */
type ProviderStates = Record<
  string,
  { key: string; state: ProviderInstanceState | Record<string, unknown>; id?: string }
>;

/** A `pulumi.dynamic.Resource` (the image builds): its provider travels serialized in its inputs. */
const DYNAMIC = "pulumi-nodejs:dynamic:Resource";

/**
 * The LXD endpoint the provider was given: absent for the local unix socket; for a remote, the
 * configuration directory the program wrote (components/endpoint) and the remote's name. Every
 * `lxc` call then runs with LXD_CONF=<configDir> against `<remote>:`, over HTTPS as the stack's
 * client identity, never through the unix socket.
 */
interface PlannedEndpoint {
  configDir: string;
  remote: string;
  address: string;
}

interface Plan {
  project: string;
  stackConfigPath: string;
  endpoint?: PlannedEndpoint;
  resources: PlannedResource[];
}

const ORDER = [
  "lxd:index/project:Project",
  "lxd:index/storagePool:StoragePool",
  "lxd:index/network:Network",
  "lxd:index/profile:Profile",
  "lxd:index/volume:Volume",
  "lxd:index/instance:Instance",
  DYNAMIC,
];

/**
 * Runs the program under mocks. Each resource's outputs are what its provider computes: keys and
 * passwords (real-values.ts), and for an LXD instance what terraform-lxd read back when `apply`
 * created it (provider-state.json), nothing before that, as in a preview. `outputsOnly`: after
 * `apply`, write only the stack outputs, now computed from the provider's answers.
 */
async function plan(stackConfigPath: string, dir: string, outputsOnly = false): Promise<void> {
  const recorded: PlannedResource[] = [];
  const providerStatesPath = path.join(dir, "provider-state.json");
  const providerStates: ProviderStates = fs.existsSync(providerStatesPath)
    ? (JSON.parse(fs.readFileSync(providerStatesPath, "utf8")) as ProviderStates)
    : {};
  // Like provider state: a key, certificate or password is made once and reused by later plans
  // while its inputs are unchanged, so re-planning an unchanged stack changes nothing.
  const valuesPath = path.join(dir, "values.json");
  const previous = fs.existsSync(valuesPath)
    ? (JSON.parse(fs.readFileSync(valuesPath, "utf8")) as Record<string, Record<string, unknown>>)
    : {};
  const values: Record<string, Record<string, unknown>> = {};
  let endpoint: PlannedEndpoint | undefined;
  let providers = 0;
  // `pulumi up --replace <urn>`: these resources (by name) get new values, and what uses them follows.
  const replacing = new Set((process.env.BCM_E2E_REPLACE ?? "").split(",").filter(Boolean));
  await pulumi.runtime.setMocks(
    {
      newResource(args) {
        const key = `${args.type}::${args.name}::${createHash("sha256").update(JSON.stringify(args.inputs)).digest("hex")}`;
        const kept =
          previous[key] && !replacing.has(args.name) && !readyForRenewal(args.type, args.name, previous[key])
            ? previous[key]
            : undefined;
        const computed = kept ?? realState(args.type, args.inputs);
        if (computed) values[key] = computed;
        const created = providerStates[args.name];
        const state = {
          ...(computed ?? args.inputs),
          ...(args.type === "lxd:index/instance:Instance" && created?.key === key ? created.state : {}),
          // A dynamic resource's outputs are what its provider last returned, also while a change
          // of its inputs is pending or has failed (the engine keeps them then).
          ...(args.type === DYNAMIC && created ? created.state : {}),
        };
        if (args.type === "pulumi:providers:lxd") {
          providers += 1;
          endpoint = plannedEndpoint(revealSecrets(args.inputs) as Record<string, unknown>);
        }
        if (args.type.startsWith("lxd:index/") || args.type === DYNAMIC) {
          const inputs = revealSecrets(args.inputs) as Record<string, unknown>;
          recorded.push({ type: args.type, name: args.name, inputs, key });
        }
        return { id: `${args.name}`, state };
      },
      call: (args) => args.inputs,
    },
    "bcm",
    path.basename(stackConfigPath).replace(/^Pulumi\.|\.yaml$/g, ""),
    false,
  );
  const stack = yaml.load(fs.readFileSync(stackConfigPath, "utf8")) as { config: Record<string, unknown> };
  pulumi.runtime.setAllConfig(
    Object.fromEntries(
      Object.entries(stack.config).map(([key, value]) => [
        key,
        typeof value === "string" ? value : JSON.stringify(value),
      ]),
    ),
  );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const program = require(path.resolve(__dirname, "..", "..", "index")) as Record<string, unknown>;
  const outputs: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(program)) {
    outputs[name] = await new Promise((resolve) =>
      pulumi.output(value as pulumi.Input<string>).apply(resolve),
    );
  }
  // Resources register asynchronously: wait until the set is stable.
  let count = -1;
  while (count !== recorded.length) {
    count = recorded.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  if (providers !== 1) throw new Error(`the program made ${providers} LXD providers, expected 1`);
  const project = recorded.find((r) => r.type === "lxd:index/project:Project")?.inputs.name as string;
  const sorted = [...recorded].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "outputs.json"), JSON.stringify(outputs, null, 2), { mode: 0o600 });
  if (outputsOnly) return;
  fs.writeFileSync(
    path.join(dir, "plan.json"),
    JSON.stringify(
      { project, stackConfigPath: path.resolve(stackConfigPath), endpoint, resources: sorted },
      null,
      2,
    ),
    { mode: 0o600 },
  );
  fs.writeFileSync(valuesPath, JSON.stringify(values), { mode: 0o600 });
  const where = endpoint
    ? `${endpoint.remote} (${endpoint.address}, LXD_CONF=${endpoint.configDir})`
    : "unix socket";
  console.log(`deploy: planned ${sorted.length} LXD objects in project ${project} via ${where}`);
}

/**
 * terraform-provider-tls's renewal: a certificate whose remaining validity is within its
 * earlyRenewalHours is "ready for renewal", and the next plan replaces it (a new serial, the same
 * key and request). The provider decides with its clock; BCM_E2E_TLS_CLOCK_SHIFT_HOURS moves this
 * double's clock forward, so the e2e can show a renewal without waiting for one.
 */
function readyForRenewal(type: string, name: string, state: Record<string, unknown>): boolean {
  if (
    type !== "tls:index/locallySignedCert:LocallySignedCert" &&
    type !== "tls:index/selfSignedCert:SelfSignedCert"
  ) {
    return false;
  }
  const shiftHours = Number(process.env.BCM_E2E_TLS_CLOCK_SHIFT_HOURS ?? 0);
  const now = Date.now() + shiftHours * 3_600_000;
  const validTo = Date.parse(new X509Certificate(String(state.certPem)).validTo);
  const ready = now >= validTo - Number(state.earlyRenewalHours ?? 0) * 3_600_000;
  if (ready)
    console.log(
      `deploy: ${name}: inside its renewal window (valid to ${new Date(validTo).toISOString()}): re-issued`,
    );
  return ready;
}

/**
 * What `pulumi preview --expect-no-changes` says: plans again (into a copy, nothing of `dir`
 * changes) and reports every LXD object whose inputs differ from the applied plan or that is
 * missing from LXD, and every dynamic resource whose provider's diff wants a change.
 */
async function noop(stackConfigPath: string, dir: string): Promise<void> {
  const applied = readPlan(dir);
  const scratch = fs.mkdtempSync(path.join(dir, ".noop-"));
  try {
    for (const file of ["values.json", "provider-state.json"]) {
      if (fs.existsSync(path.join(dir, file)))
        fs.copyFileSync(path.join(dir, file), path.join(scratch, file));
    }
    await plan(stackConfigPath, scratch);
    const fresh = readPlan(scratch);
    const states = JSON.parse(
      fs.readFileSync(path.join(dir, "provider-state.json"), "utf8"),
    ) as ProviderStates;
    const changes: string[] = [];
    const appliedKeys = new Set(applied.resources.map((r) => r.key));
    for (const r of fresh.resources) {
      if (!appliedKeys.has(r.key)) changes.push(`${r.type} ${r.name}: inputs changed (or new)`);
      else if (r.type === DYNAMIC) {
        const before = states[r.name];
        const provider = dynamicProvider(r.inputs);
        const diff =
          before?.id && provider.diff
            ? await provider.diff(before.id, before.state as Record<string, unknown>, dynamicInputs(r))
            : { changes: true };
        if (diff.changes) changes.push(`${r.name}: its provider's diff wants a change`);
      } else if (!present(r, fresh.project)) changes.push(`${r.type} ${r.name}: missing from LXD`);
    }
    const freshKeys = new Set(fresh.resources.map((r) => r.key));
    for (const r of applied.resources)
      if (!freshKeys.has(r.key)) changes.push(`${r.type} ${r.name}: would be deleted or replaced`);
    if (changes.length) throw new Error(`${changes.length} changes:\n  ${changes.join("\n  ")}`);
    console.log(`deploy: no changes (${fresh.resources.length} resources, each as applied)`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** What the provider's inputs say about the endpoint; refuses inputs this harness cannot honour. */
function plannedEndpoint(inputs: Record<string, unknown>): PlannedEndpoint | undefined {
  // The SDK sends non-string provider inputs JSON-encoded.
  const decode = (v: unknown): unknown => (typeof v === "string" ? JSON.parse(v) : v);
  const remotes = (decode(inputs.remotes) ?? []) as { name: string; address: string; default?: boolean }[];
  if (remotes.length === 0) {
    if (inputs.configDir !== undefined) throw new Error("provider: configDir without a remote");
    return undefined;
  }
  if (remotes.length !== 1 || !remotes[0].default) throw new Error("provider: expected one default remote");
  if (decode(inputs.generateClientCertificates) !== false) {
    throw new Error("provider: generateClientCertificates must be false (the stack owns the identity)");
  }
  if (typeof inputs.configDir !== "string") throw new Error("provider: a remote without configDir");
  for (const file of ["config.yml", "client.crt", "client.key", `servercerts/${remotes[0].name}.crt`]) {
    if (!fs.existsSync(path.join(inputs.configDir, file))) {
      throw new Error(`provider: ${inputs.configDir} has no ${file}`);
    }
  }
  return { configDir: inputs.configDir, remote: remotes[0].name, address: remotes[0].address };
}

/** Where `lxc` goes: set from plan.json before any call (the local socket when no endpoint). */
let target: PlannedEndpoint | undefined;

function lxcEnv(): NodeJS.ProcessEnv {
  return target ? { ...process.env, LXD_CONF: target.configDir } : process.env;
}

/** "<remote>:" for a remote endpoint, "" for the local socket. */
function remotePrefix(): string {
  return target ? `${target.remote}:` : "";
}

function lxdQuery(method: string, url: string, body?: unknown): unknown {
  const args = ["query", "--wait", "-X", method, `${remotePrefix()}${url}`];
  if (body !== undefined) args.push("--data", JSON.stringify(body));
  const out = execFileSync("lxc", args, {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    env: lxcEnv(),
  });
  return out.trim() === "" ? undefined : JSON.parse(out);
}

/** Whether `lxc query` failed because the object is not there ("Error: Instance not found"). */
function isNotFound(err: unknown): boolean {
  return /not found\s*$/i.test(String((err as { stderr?: unknown }).stderr ?? ""));
}

function exists(url: string): boolean {
  try {
    lxdQuery("GET", url);
    return true;
  } catch (err) {
    // Anything else (the endpoint unreachable, its configuration directory gone) must not pass
    // for "already deleted".
    if (isNotFound(err)) return false;
    throw err;
  }
}

function devicesMap(devices: unknown): Record<string, Record<string, string>> {
  const map: Record<string, Record<string, string>> = {};
  for (const device of (devices as { name: string; type: string; properties: Record<string, string> }[]) ??
    []) {
    map[device.name] = { type: device.type, ...device.properties };
  }
  return map;
}

/** An LXD cluster member (or "@group") the object is created on: `target`, as the provider sends it. */
function onMember(r: PlannedResource, separator: "?" | "&"): string {
  return r.inputs.target === undefined ? "" : `${separator}target=${String(r.inputs.target)}`;
}

/**
 * Whether the object is there. In a cluster a pool or network is first defined per member (its
 * `target` resources, status Pending) and then created without target: a pending one counts as
 * there only for those per-member definitions.
 */
function present(r: PlannedResource, project: string): boolean {
  let found: { status?: string } | undefined;
  try {
    found = lxdQuery("GET", objectUrl(r, project)) as { status?: string } | undefined;
  } catch {
    return false;
  }
  return found?.status !== "Pending" || r.inputs.target !== undefined;
}

function objectUrl(r: PlannedResource, project: string): string {
  const i = r.inputs;
  switch (r.type) {
    case "lxd:index/project:Project":
      return `/1.0/projects/${i.name}`;
    case "lxd:index/storagePool:StoragePool":
      return `/1.0/storage-pools/${i.name}${onMember(r, "?")}`;
    case "lxd:index/network:Network":
      return `/1.0/networks/${i.name}${onMember(r, "?")}`;
    case "lxd:index/profile:Profile":
      return `/1.0/profiles/${i.name}?project=${project}`;
    case "lxd:index/volume:Volume":
      return `/1.0/storage-pools/${i.pool}/volumes/custom/${i.name}?project=${project}${onMember(r, "&")}`;
    case "lxd:index/instance:Instance":
      return `/1.0/instances/${i.name}?project=${project}${onMember(r, "&")}`;
    default:
      throw new Error(`unsupported resource type ${r.type}`);
  }
}

function create(r: PlannedResource, project: string): void {
  const i = r.inputs;
  switch (r.type) {
    case "lxd:index/project:Project":
      return void lxdQuery("POST", "/1.0/projects", {
        name: i.name,
        description: i.description,
        config: i.config,
      });
    case "lxd:index/storagePool:StoragePool":
      return void lxdQuery("POST", `/1.0/storage-pools${onMember(r, "?")}`, {
        name: i.name,
        driver: i.driver,
        config: i.config ?? {},
      });
    case "lxd:index/network:Network":
      return void lxdQuery("POST", `/1.0/networks${onMember(r, "?")}`, {
        name: i.name,
        type: i.type,
        description: i.description,
        config: i.config,
      });
    case "lxd:index/profile:Profile":
      return void lxdQuery("POST", `/1.0/profiles?project=${project}`, {
        name: i.name,
        description: i.description,
        config: i.config,
        devices: devicesMap(i.devices),
      });
    case "lxd:index/volume:Volume":
      return void lxdQuery(
        "POST",
        `/1.0/storage-pools/${i.pool}/volumes/custom?project=${project}${onMember(r, "&")}`,
        {
          name: i.name,
          content_type: i.contentType ?? "filesystem",
          config: i.config ?? {},
        },
      );
    case "lxd:index/instance:Instance": {
      lxdQuery("POST", `/1.0/instances?project=${project}${onMember(r, "&")}`, {
        name: i.name,
        type: i.type ?? "container",
        profiles: i.profiles,
        config: i.config,
        devices: devicesMap(i.devices),
        source: { type: "image", alias: i.image },
      });
      // Like the provider: `files` are pushed after the create and before the first start.
      for (const file of (i.files as InstanceFileInput[] | undefined) ?? [])
        pushFile(String(i.name), project, file);
      lxdQuery("PUT", `/1.0/instances/${i.name}/state?project=${project}`, { action: "start", timeout: 60 });
      if (i.waitForNetwork !== false) waitForIpv4(String(i.name), project);
      return;
    }
  }
}

/** What the program passes as an instance's `files` (components/host/cloud-init.ts). */
type InstanceFileInput = StagedFile;

function pushFile(instance: string, project: string, file: InstanceFileInput): void {
  const args = ["file", "push", "--project", project, "--uid", String(file.uid), "--gid", String(file.gid)];
  args.push("--mode", file.mode);
  if (file.createDirectories) args.push("--create-dirs");
  args.push("-", `${remotePrefix()}${instance}${file.targetPath}`);
  execFileSync("lxc", args, { input: file.content, stdio: ["pipe", "ignore", "pipe"], env: lxcEnv() });
}

/**
 * The inputs this harness applies faithfully, per type. Anything else the program sets makes the
 * harness stop: it must never deploy something other than what the engine would.
 */
const SUPPORTED_INPUTS: Record<string, string[]> = {
  "lxd:index/project:Project": ["name", "description", "config"],
  "lxd:index/storagePool:StoragePool": ["name", "driver", "config", "target"],
  "lxd:index/network:Network": ["name", "type", "description", "config", "target"],
  "lxd:index/profile:Profile": ["name", "project", "description", "config", "devices"],
  "lxd:index/volume:Volume": ["name", "pool", "project", "contentType", "config", "target"],
  "lxd:index/instance:Instance": [
    "name",
    "project",
    "image",
    "type",
    "profiles",
    "config",
    "devices",
    "files",
    "waitForNetwork",
    "target",
  ],
};

function checkSupported(r: PlannedResource): void {
  // A dynamic resource's provider takes its own inputs.
  if (r.type === DYNAMIC) return;
  const supported = SUPPORTED_INPUTS[r.type];
  if (!supported) throw new Error(`engine-less deploy cannot apply ${r.type} (${r.name})`);
  const unknown = Object.keys(r.inputs).filter(
    (key) => !supported.includes(key) && r.inputs[key] !== undefined,
  );
  if (unknown.length > 0) {
    throw new Error(
      `engine-less deploy does not implement ${r.type} inputs ${unknown.join(", ")} (${r.name})`,
    );
  }
}

/** Like the provider's wait_for_network: an IPv4 address (any scope) on any NIC but lo, within 3 minutes. */
function waitForIpv4(name: string, project: string): void {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const nics = Object.entries(instanceNetwork(name, project)).filter(([nic]) => nic !== "lo");
    if (nics.some(([, nic]) => nic.addresses.some((a) => a.family === "inet"))) return;
    execFileSync("sleep", ["1"]);
  }
  throw new Error(`instance ${name} got no IPv4 address within 3 minutes`);
}

function readPlan(dir: string): Plan {
  const plan = JSON.parse(fs.readFileSync(path.join(dir, "plan.json"), "utf8")) as Plan;
  target = plan.endpoint;
  if (target && !fs.existsSync(path.join(target.configDir, "client.key"))) {
    throw new Error(
      `the LXD configuration directory ${target.configDir} is gone: plan again (the program rewrites it from the stack)`,
    );
  }
  return plan;
}

async function apply(dir: string): Promise<void> {
  // The up's plan decided what is renewed or replaced (values.json); the plans apply makes only
  // resolve outputs with those values, so they must not decide again (a fresh certificate would
  // look due again under a moved clock, a replaced key be made anew).
  delete process.env.BCM_E2E_REPLACE;
  delete process.env.BCM_E2E_TLS_CLOCK_SHIFT_HOURS;
  const { project, stackConfigPath, resources } = readPlan(dir);
  resources.forEach(checkSupported);
  const statesPath = path.join(dir, "provider-state.json");
  const previous: ProviderStates = fs.existsSync(statesPath)
    ? (JSON.parse(fs.readFileSync(statesPath, "utf8")) as ProviderStates)
    : {};
  for (const r of resources) {
    if (r.type === DYNAMIC || present(r, project)) continue;
    const started = Date.now();
    create(r, project);
    console.log(`deploy: created ${r.type.split(":").pop()} ${r.inputs.name} (${Date.now() - started} ms)`);
  }
  // The provider reads each instance back after creating it; the stack's outputs come from that.
  const states: ProviderStates = {};
  for (const r of resources.filter((x) => x.type === "lxd:index/instance:Instance")) {
    states[r.name] = { key: r.key, state: readInstance(r.inputs.name as string, project) };
  }
  // Dynamic resources after the LXD objects they depend on, one at a time; a failure is recorded
  // (what succeeded keeps its state, like the engine's) and reported at the end.
  let failure: unknown;
  let dynamics = resources.filter((x) => x.type === DYNAMIC);
  for (let i = 0; i < dynamics.length; i++) {
    const r = dynamics[i];
    const before = JSON.stringify(previous[r.name]?.state);
    try {
      states[r.name] = await applyDynamic(r, previous[r.name]);
    } catch (err) {
      failure = failure ?? err;
      if (previous[r.name]) states[r.name] = previous[r.name];
      console.error(`deploy: ${r.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    // The engine resolves the next resources' inputs from these outputs in the same up (a swarm
    // worker's from the leader's new swarm): when they changed, plan again before going on.
    if (i + 1 < dynamics.length && JSON.stringify(states[r.name]?.state) !== before) {
      fs.writeFileSync(statesPath, JSON.stringify({ ...previous, ...states }, null, 2), { mode: 0o600 });
      replanInChild(stackConfigPath, dir);
      dynamics = readPlan(dir).resources.filter((x) => x.type === DYNAMIC);
      if (dynamics[i]?.name !== r.name)
        throw new Error(`deploy: the plan's dynamic resources changed order at ${r.name}`);
    }
  }
  fs.writeFileSync(statesPath, JSON.stringify(states, null, 2), { mode: 0o600 });
  await plan(stackConfigPath, dir, true);
  if (failure) throw failure;
}

/** A full plan in a new process (the program registers its resources once per process). */
function replanInChild(stackConfigPath: string, dir: string): void {
  const tsNode = require.resolve("ts-node/dist/bin.js");
  execFileSync(process.execPath, [tsNode, "--transpile-only", __filename, "plan", stackConfigPath, dir], {
    stdio: ["ignore", "inherit", "inherit"],
  });
}

/**
 * What the engine's nodejs dynamic-provider host does with a dynamic resource: the provider comes
 * from its serialized form in the inputs (the same require-from-string), then diff and create or
 * update, as the engine would call them.
 */
function dynamicProvider(inputs: Record<string, unknown>): pulumi.dynamic.ResourceProvider {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const requireFromString = require("require-from-string") as (code: string) => { handler: () => unknown };
  return requireFromString(inputs.__provider as string).handler() as pulumi.dynamic.ResourceProvider;
}

function dynamicInputs(r: PlannedResource): Record<string, unknown> {
  return Object.fromEntries(Object.entries(r.inputs).filter(([k]) => k !== "__provider"));
}

async function applyDynamic(
  r: PlannedResource,
  before: ProviderStates[string] | undefined,
): Promise<ProviderStates[string]> {
  const provider = dynamicProvider(r.inputs);
  const news = dynamicInputs(r);
  const started = Date.now();
  if (before?.id) {
    const olds = before.state as Record<string, unknown>;
    const diff = provider.diff ? await provider.diff(before.id, olds, news) : { changes: true };
    if (!diff.changes) return { key: r.key, id: before.id, state: olds };
    if (!diff.replaces?.length && provider.update) {
      const updated = await provider.update(before.id, olds, news);
      console.log(`deploy: updated ${r.name} (${Date.now() - started} ms)`);
      return { key: r.key, id: before.id, state: { ...(updated.outs as Record<string, unknown>) } };
    }
    if (provider.delete) await provider.delete(before.id, olds);
  }
  const created = await provider.create(news);
  console.log(`deploy: created ${r.name} (${Date.now() - started} ms)`);
  return { key: r.key, id: created.id, state: { ...(created.outs as Record<string, unknown>) } };
}

/** terraform-lxd's read of an instance: its computed network attributes from LXD's answers. */
function readInstance(name: string, project: string): ProviderInstanceState {
  const instance = lxdQuery("GET", `/1.0/instances/${name}?project=${project}`) as {
    config: Record<string, string>;
    expanded_config: Record<string, string>;
  };
  return providerInstanceState({
    config: instance.config,
    expandedConfig: instance.expanded_config,
    network: instanceNetwork(name, project),
  });
}

/** LXD's view of an instance's NICs and their addresses (empty while it is stopped). */
function instanceNetwork(name: string, project: string): Record<string, LxdNicState> {
  const state = lxdQuery("GET", `/1.0/instances/${name}/state?project=${project}`) as {
    network?: Record<string, LxdNicState> | null;
  };
  return state.network ?? {};
}

function replace(dir: string, oldPlanPath: string): void {
  const { project, resources } = readPlan(dir);
  const old = JSON.parse(fs.readFileSync(oldPlanPath, "utf8")) as Plan;
  resources.forEach(checkSupported);
  for (const r of resources) {
    // Dynamic resources: apply asks their provider's diff, as the engine does.
    if (r.type === DYNAMIC) continue;
    const before = old.resources.find((x) => x.type === r.type && x.inputs.name === r.inputs.name);
    const same = (key: string) => JSON.stringify(before?.inputs[key]) === JSON.stringify(r.inputs[key]);
    if (r.type === "lxd:index/instance:Instance") {
      // replaceOnChanges: ["config", "files"] with deleteBeforeReplace.
      if (before && same("config") && same("files")) continue;
      console.log(`deploy: replacing instance ${r.inputs.name} (config or files changed)`);
      remove(r, project);
      create(r, project);
    } else if (
      r.type === "lxd:index/volume:Volume" &&
      before &&
      Object.keys({ ...before.inputs, ...r.inputs }).every((key) => key === "config" || same(key))
    ) {
      // The provider updates a volume's config (its size) in place.
      if (same("config")) continue;
      console.log(`deploy: updating volume ${r.inputs.name} config`);
      lxdQuery("PATCH", objectUrl(r, project), { config: r.inputs.config });
    } else if (before && Object.keys({ ...before.inputs, ...r.inputs }).some((key) => !same(key))) {
      // The engine would update or replace it; this harness does neither faithfully.
      throw new Error(
        `engine-less deploy cannot change ${r.type} ${r.inputs.name}: only instances are replaced`,
      );
    }
  }
}

function remove(r: PlannedResource, project: string): void {
  const url = objectUrl(r, project);
  if (!exists(url)) return;
  if (r.type === "lxd:index/instance:Instance") {
    try {
      lxdQuery("PUT", `/1.0/instances/${r.inputs.name}/state?project=${project}`, {
        action: "stop",
        force: true,
      });
    } catch {
      // already stopped
    }
  }
  lxdQuery("DELETE", url);
}

async function destroy(dir: string): Promise<void> {
  const { project, resources } = readPlan(dir);
  const statesPath = path.join(dir, "provider-state.json");
  const states: ProviderStates = fs.existsSync(statesPath)
    ? (JSON.parse(fs.readFileSync(statesPath, "utf8")) as ProviderStates)
    : {};
  for (const r of [...resources].reverse()) {
    if (r.type === DYNAMIC) {
      const state = states[r.name];
      const provider = dynamicProvider(r.inputs);
      if (state?.id && provider.delete)
        await provider.delete(state.id, state.state as Record<string, unknown>);
      console.log(`deploy: deleted ${r.name}`);
      continue;
    }
    remove(r, project);
    console.log(`deploy: deleted ${r.type.split(":").pop()} ${r.inputs.name}`);
  }
}

async function main(argv: string[]): Promise<void> {
  const [command, a, b] = argv;
  if (command === "plan" && a && b) return plan(a, b);
  if (command === "apply" && a) return apply(a);
  if (command === "replace" && a && b) return replace(a, b);
  if (command === "destroy" && a) return destroy(a);
  if (command === "noop" && a && b) return noop(a, b);
  throw new Error(
    "usage: deploy.ts plan <stack.yaml> <dir> | apply <dir> | replace <dir> <old-plan> | destroy <dir> | noop <stack.yaml> <dir>",
  );
}

function fail(err: unknown): never {
  // A failure inside the program reaches us through a resource's inputs: drop the SDK's
  // "error serializing property ..." prefixes, keep the program's own message.
  const message = (err instanceof Error ? err.message : String(err)).replace(
    /^(error serializing property "[^"]*": )+/,
    "",
  );
  console.error(`deploy: ${message}`);
  if (process.env.BCM_DEPLOY_DEBUG && err instanceof Error) console.error(err.stack);
  process.exit(1);
}

process.on("unhandledRejection", fail);
main(process.argv.slice(2)).catch(fail);
