/**
 * The image builder as a Pulumi dynamic provider: `pulumi up` creates a container for one build,
 * configured like a docker host, uploads the context, runs `docker build` and `docker push` to
 * the private registry, asks the registry for the pushed manifest's digest, and deletes the
 * container, also when the build fails. The next build of the same image first removes any
 * builder an interrupted `up` left.
 *
 * Why a dynamic provider: it runs unchanged under the real engine (the SDK serializes this object
 * into the stack; the engine's nodejs dynamic-provider host runs it) and gives the resource its
 * own lifecycle: the builder exists only during create/update, so nothing in the state points at
 * a container that is gone (an `lxd.Instance` with `execs` would stay in the state as an instance
 * and be re-created after every refresh). The e2e's engine-less harness runs the same serialized
 * provider (tests/e2e/deploy.ts).
 */
import * as pulumi from "@pulumi/pulumi";
import { buildTag, contextArchive, readContext } from "./context";
import {
  deleteInstance,
  exec,
  instanceNames,
  LxdConnection,
  lxdOperation,
  pushFile,
  SETUP_WAIT,
} from "./lxd-client";
import { ImageSpec } from "./settings";

/** Everything one build needs; all plain values (the provider runs outside the program). */
export interface ImageBuildInputs {
  connection: LxdConnection;
  project: string;
  /** The image builders start from ("alias" on the endpoint). */
  baseImage: string;
  profiles: string[];
  pool: string;
  limits: { cpus: number; memoryMb: number; diskGb: number };
  /** The docker host configuration (cloud-init) and the files pushed before its first start. */
  userData: string;
  networkConfig: string;
  secretFiles: { path: string; content: string; mode: string }[];
  spec: ImageSpec;
  /** Hash of the build inputs (context files, Dockerfile, target, args): the image's tag. */
  tag: string;
  /** host:port of the private registry (bcmnet:443). */
  registry: string;
  /**
   * Squid, for the build's own RUN steps (docker's predefined proxy build args, which stay out of
   * the image's history and cache keys): the builder has no other way out.
   */
  proxy: { url?: string; noProxy: string[] };
  /** The registry's storage on the gateway, for refresh (distribution's filesystem layout). */
  gateway: { instance: string; storageDir: string };
  buildTimeoutS: number;
}

export interface ImageBuildOutputs extends ImageBuildInputs {
  digest: string;
  /** registry/name@digest, what a docker host or a swarm service pulls. */
  ref: string;
  builtAt: string;
}

/** The builder's name for an image: bcmb-<name>-<tag prefix>, an LXD-valid name (<= 63). */
export function builderName(imageName: string, tag: string): string {
  return `${builderPrefix(imageName)}${tag.slice(0, 10)}`;
}
export function builderPrefix(imageName: string): string {
  const slug = imageName.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return `bcmb-${slug.slice(0, 40)}-`;
}

/** Where the build context's tar (context.ts contextArchive) is pushed before the builder starts. */
export const CONTEXT_ARCHIVE = "/root/bcm-context.tar";

/** The shell script run in the builder (as root): unpack the context into /build, build, push, print the digest. */
export function buildScript(
  spec: ImageSpec,
  registry: string,
  tag: string,
  proxy: { url?: string; noProxy: string[] } = { noProxy: [] },
): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const ref = `${registry}/${spec.name}:${tag}`;
  const proxyArgs = proxy.url
    ? [
        ["http_proxy", proxy.url],
        ["https_proxy", proxy.url],
        ["HTTP_PROXY", proxy.url],
        ["HTTPS_PROXY", proxy.url],
        ["no_proxy", proxy.noProxy.join(",")],
        ["NO_PROXY", proxy.noProxy.join(",")],
      ].flatMap(([k, v]) => ["--build-arg", quote(`${k}=${v}`)])
    : [];
  const args = [
    "--pull=false",
    ...proxyArgs,
    "-f",
    quote(spec.dockerfile),
    ...(spec.target ? ["--target", quote(spec.target)] : []),
    ...Object.entries(spec.buildArgs)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([k, v]) => ["--build-arg", quote(`${k}=${v}`)]),
    "-t",
    quote(ref),
  ];
  // dockerd's client bundle for the registry, copied where curl can take it: curl reads a colon in
  // --cert as the start of a passphrase (certs.d/<host>:<port>/).
  const certs = "/root/registry-client";
  return [
    "set -eu",
    `mkdir -p ${certs} && cp /etc/docker/certs.d/${registry}/* ${certs}/`,
    `mkdir -p /build && tar -xf ${CONTEXT_ARCHIVE} -C /build && rm -f ${CONTEXT_ARCHIVE}`,
    "cd /build",
    // dockerd comes up with the host's configuration (mirror, certificates, Squid).
    "for i in $(seq 1 120); do docker info >/dev/null 2>&1 && break; sleep 1; done",
    // The private registry may still be starting on a new gateway.
    `for i in $(seq 1 150); do curl -sf -o /dev/null --cacert ${certs}/ca.crt --cert ${certs}/client.cert --key ${certs}/client.key https://${registry}/v2/ && break; sleep 2; done`,
    `echo "bcm-build: docker build ${spec.name}:${tag}"`,
    `docker build ${args.join(" ")} . 2>&1`,
    `docker push ${quote(ref)} 2>&1`,
    // The digest as the registry answers it for the tag just pushed.
    `digest=$(curl -sf -I --cacert ${certs}/ca.crt --cert ${certs}/client.cert --key ${certs}/client.key ` +
      `-H 'Accept: application/vnd.docker.distribution.manifest.v2+json' ` +
      `-H 'Accept: application/vnd.oci.image.manifest.v1+json' ` +
      `-H 'Accept: application/vnd.docker.distribution.manifest.list.v2+json' ` +
      `-H 'Accept: application/vnd.oci.image.index.v1+json' ` +
      `${quote(`https://${registry}/v2/${spec.name}/manifests/${tag}`)} | tr -d '\\r' | sed -n 's/^[Dd]ocker-[Cc]ontent-[Dd]igest: *//p')`,
    `[ -n "$digest" ] || { echo "bcm-build: the registry named no digest for ${spec.name}:${tag}"; exit 3; }`,
    `echo "bcm-build-digest: $digest"`,
    "",
  ].join("\n");
}

/** The last lines of a failed build, for the error message. */
export function lastLines(text: string, n = 25): string {
  return text.trimEnd().split("\n").slice(-n).join("\n");
}

async function removeLeftovers(c: LxdConnection, project: string, imageName: string): Promise<string[]> {
  const prefix = builderPrefix(imageName);
  const left = (await instanceNames(c, project)).filter((n) => n.startsWith(prefix));
  for (const name of left) await deleteInstance(c, project, name);
  return left;
}

/** One build in a fresh builder, deleted afterwards whatever happened. */
async function build(inputs: ImageBuildInputs): Promise<ImageBuildOutputs> {
  const c = inputs.connection;
  const spec = inputs.spec;
  // What is uploaded must be what was planned: the tag is the hash of these very files.
  const files = readContext(spec);
  const tag = buildTag(spec, files);
  if (tag !== inputs.tag) {
    throw new Error(
      `image ${spec.name}: its build context ${spec.contextDir} changed after the plan (tag ${tag}, planned ${inputs.tag}): run pulumi up again`,
    );
  }
  await removeLeftovers(c, inputs.project, spec.name);
  const name = builderName(spec.name, tag);
  await lxdOperation(c, "POST", `/1.0/instances?project=${encodeURIComponent(inputs.project)}`, {
    name,
    type: "container",
    source: { type: "image", alias: inputs.baseImage },
    profiles: inputs.profiles,
    ephemeral: false,
    config: {
      "cloud-init.user-data": inputs.userData.replace(/^hostname: .*$/m, `hostname: ${name}`),
      "cloud-init.network-config": inputs.networkConfig,
      "limits.cpu": String(inputs.limits.cpus),
      "limits.memory": `${inputs.limits.memoryMb}MB`,
      "user.bcm-builder": spec.name,
    },
    devices: { root: { type: "disk", path: "/", pool: inputs.pool, size: `${inputs.limits.diskGb}GiB` } },
  });
  try {
    for (const f of inputs.secretFiles) {
      await pushFile(c, inputs.project, name, f.path, Buffer.from(f.content), parseInt(f.mode, 8));
    }
    // The context in one request, before the start (not a request per file and parent directory
    // once set up): the build script unpacks it.
    await pushFile(c, inputs.project, name, CONTEXT_ARCHIVE, contextArchive(files), 0o600);
    await lxdOperation(
      c,
      "PUT",
      `/1.0/instances/${name}/state?project=${encodeURIComponent(inputs.project)}`,
      {
        action: "start",
        timeout: 60,
      },
    );
    // The docker host set-up (cloud-init's bcm-setup) logs its end; it turns cloud-init off for
    // later boots, so `cloud-init status` may say "disabled" before it is through.
    const ready = await exec(c, inputs.project, name, ["sh", "-c", SETUP_WAIT], 960);
    if (ready.exitCode !== 0) {
      throw new Error(
        `image ${spec.name}: the builder's set-up did not finish: ${lastLines(ready.stdout + ready.stderr, 10)}`,
      );
    }
    await pushFile(
      c,
      inputs.project,
      name,
      "/root/bcm-build.sh",
      Buffer.from(buildScript(spec, inputs.registry, tag, inputs.proxy)),
      0o700,
    );
    const result = await exec(c, inputs.project, name, ["/root/bcm-build.sh"], inputs.buildTimeoutS);
    const output = result.stdout + result.stderr;
    const digest = /^bcm-build-digest: (sha256:[0-9a-f]{64})$/m.exec(output)?.[1];
    if (result.exitCode !== 0 || !digest) {
      throw new Error(
        `image ${spec.name}: the build failed (exit ${result.exitCode}); its last lines:\n${lastLines(output)}`,
      );
    }
    return {
      ...inputs,
      digest,
      ref: `${inputs.registry}/${spec.name}@${digest}`,
      builtAt: new Date().toISOString(),
    };
  } finally {
    await deleteInstance(c, inputs.project, name);
  }
}

/** Does the registry still hold this manifest? Read from its storage on the gateway. */
async function manifestStored(o: ImageBuildOutputs): Promise<boolean> {
  const hex = o.digest.replace(/^sha256:/, "");
  const path =
    `${o.gateway.storageDir}/docker/registry/v2/repositories/${o.spec.name}` +
    `/_manifests/revisions/sha256/${hex}/link`;
  const r = await exec(o.connection, o.project, o.gateway.instance, ["test", "-f", path], 60);
  return r.exitCode === 0;
}

export const imageBuildProvider: pulumi.dynamic.ResourceProvider = {
  async create(inputs: ImageBuildInputs) {
    const outs = await build(inputs);
    return { id: `${inputs.spec.name}:${inputs.tag}`, outs };
  },
  async diff(_id: string, olds: ImageBuildOutputs, news: ImageBuildInputs) {
    // Only what goes into the image rebuilds it; the builder's own settings do not.
    const changed = olds.spec.name !== news.spec.name || olds.tag !== news.tag;
    return { changes: changed, replaces: olds.spec.name !== news.spec.name ? ["spec"] : [] };
  },
  async update(_id: string, _olds: ImageBuildOutputs, news: ImageBuildInputs) {
    // The previous digest stays in the registry (and in the output until this build succeeds).
    return { outs: await build(news) };
  },
  async read(id: string, props: ImageBuildOutputs) {
    // Refresh: an image lost from the registry (its volume gone) drops from the state, so the
    // next `up` builds it again.
    let stored: boolean;
    try {
      stored = await manifestStored(props);
    } catch (err) {
      // No gateway (a restore onto an empty endpoint refreshes first): no registry, no image.
      // Anything else (the endpoint unreachable) must not pass for "gone".
      if (!/not found/i.test((err as Error).message)) throw err;
      stored = false;
    }
    return stored ? { id, props } : { id: "", props };
  },
  async delete(_id: string, props: ImageBuildOutputs) {
    // Images stay in the registry (other stacks or hosts may run them); a leftover builder goes.
    await removeLeftovers(props.connection, props.project, props.spec.name);
  },
};

/** One image of the stack, built by imageBuildProvider. */
export class ImageBuild extends pulumi.dynamic.Resource {
  declare public readonly digest: pulumi.Output<string>;
  declare public readonly ref: pulumi.Output<string>;

  constructor(
    name: string,
    args: pulumi.Unwrap<ImageBuildInputs> | pulumi.Inputs,
    opts?: pulumi.CustomResourceOptions,
  ) {
    super(imageBuildProvider, name, { ...args, digest: undefined, ref: undefined, builtAt: undefined }, opts);
  }
}
