/**
 * The LXD API calls a build needs, over node's http/https only: create, start, exec (output
 * recorded by LXD, no websocket), push a file, stop and delete an instance, list instances.
 *
 * Self-contained on purpose (node builtins only, plain functions): the image builder is a
 * `pulumi.dynamic.Resource` (provider.ts), whose provider the Pulumi SDK serializes into the stack
 * and runs in the engine's dynamic-provider host; everything these functions reach is serialized
 * with it.
 */
import * as http from "http";
import * as https from "https";

/** How to reach the LXD endpoint: its unix socket (local) or HTTPS with the stack's identity. */
export interface LxdConnection {
  /** Absent: the local daemon's unix socket (LXD_SOCKET, else $LXD_DIR/unix.socket, else Debian's path). */
  remote?: { host: string; port: number; clientCertPem: string; clientKeyPem: string; serverCertPem: string };
}

export interface LxdAnswer {
  status: number;
  body: Buffer;
}

/** The local daemon's socket, as terraform-lxd and lxc find it. */
export function localSocket(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LXD_SOCKET) return env.LXD_SOCKET;
  if (env.LXD_DIR) return `${env.LXD_DIR}/unix.socket`;
  return "/var/lib/lxd/unix.socket";
}

/** One request; `body` JSON unless a Buffer (a file's content), with extra headers. */
export function lxdCall(
  c: LxdConnection,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
  timeoutMs = 120_000,
): Promise<LxdAnswer> {
  const payload =
    body === undefined ? undefined : Buffer.isBuffer(body) ? body : Buffer.from(JSON.stringify(body));
  const allHeaders: Record<string, string | number> = { "user-agent": "bcm-pulumi-builder", ...headers };
  if (payload !== undefined) {
    allHeaders["content-length"] = payload.length;
    if (!Buffer.isBuffer(body)) allHeaders["content-type"] = "application/json";
  }
  return new Promise((resolve, reject) => {
    const done = (res: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    };
    const r = c.remote;
    const req = r
      ? https.request(
          {
            host: r.host,
            port: r.port,
            method,
            path,
            headers: allHeaders,
            cert: r.clientCertPem,
            key: r.clientKeyPem,
            // LXD's certificate is self-signed: trusted as the one pinned by the preflight, by its
            // exact bytes, whatever name it carries.
            ca: r.serverCertPem,
            checkServerIdentity: () => undefined,
            minVersion: "TLSv1.2",
          },
          done,
        )
      : http.request({ socketPath: localSocket(), method, path, headers: allHeaders }, done);
    req.setTimeout(timeoutMs, () =>
      req.destroy(new Error(`LXD: no answer to ${method} ${path} within ${timeoutMs / 1000} s`)),
    );
    req.on("error", reject);
    req.end(payload);
  });
}

/** A JSON request whose answer must be a success; returns LXD's body. */
export async function lxdJson(
  c: LxdConnection,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ type?: string; metadata?: unknown; operation?: string; error?: string }> {
  const answer = await lxdCall(c, method, path, body);
  const text = answer.body.toString("utf8");
  let parsed: { type?: string; metadata?: unknown; operation?: string; error?: string };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`LXD: ${method} ${path}: HTTP ${answer.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (answer.status >= 400 || parsed.type === "error") {
    throw new Error(`LXD: ${method} ${path}: ${answer.status} ${parsed.error ?? text.slice(0, 200)}`);
  }
  return parsed;
}

/** Waits for a background operation; returns its metadata, or throws its error. */
export async function waitOperation(
  c: LxdConnection,
  operation: string,
  timeoutS: number,
): Promise<Record<string, unknown>> {
  const id = operation.split("/").pop();
  const answer = await lxdCall(
    c,
    "GET",
    `/1.0/operations/${id}/wait?timeout=${timeoutS}`,
    undefined,
    {},
    (timeoutS + 30) * 1000,
  );
  const parsed = JSON.parse(answer.body.toString("utf8")) as {
    metadata?: { status?: string; err?: string; metadata?: Record<string, unknown> };
    error?: string;
  };
  const op = parsed.metadata;
  if (answer.status >= 400 || !op) throw new Error(`LXD: operation ${id}: ${parsed.error ?? answer.status}`);
  if (op.status !== "Success") throw new Error(`LXD: operation ${id}: ${op.status}: ${op.err ?? ""}`);
  return op.metadata ?? {};
}

/** A request that starts an operation, waited for. */
export async function lxdOperation(
  c: LxdConnection,
  method: string,
  path: string,
  body: unknown,
  timeoutS = 600,
) {
  const started = await lxdJson(c, method, path, body);
  if (!started.operation) throw new Error(`LXD: ${method} ${path}: no operation in the answer`);
  return waitOperation(c, started.operation, timeoutS);
}

const q = (project: string) => `project=${encodeURIComponent(project)}`;

export async function instanceNames(c: LxdConnection, project: string): Promise<string[]> {
  const list = (await lxdJson(c, "GET", `/1.0/instances?${q(project)}`)).metadata as string[];
  // "/1.0/instances/<name>?project=<project>"
  return list.map((url) => decodeURIComponent(url.split("?")[0].split("/").pop() ?? ""));
}

/** Stops (forced) and deletes an instance; nothing when it does not exist. */
export async function deleteInstance(c: LxdConnection, project: string, name: string): Promise<void> {
  const url = `/1.0/instances/${encodeURIComponent(name)}`;
  const state = await lxdCall(c, "GET", `${url}/state?${q(project)}`);
  if (state.status === 404) return;
  const status = (JSON.parse(state.body.toString("utf8")) as { metadata?: { status?: string } }).metadata
    ?.status;
  if (status !== "Stopped") {
    await lxdOperation(
      c,
      "PUT",
      `${url}/state?${q(project)}`,
      { action: "stop", force: true, timeout: 30 },
      120,
    );
  }
  await lxdOperation(c, "DELETE", `${url}?${q(project)}`, undefined, 300);
}

/** Writes a file (parents created), owned by root. */
export async function pushFile(
  c: LxdConnection,
  project: string,
  instance: string,
  path: string,
  content: Buffer,
  mode: number,
): Promise<void> {
  const parts = path.split("/").filter((p) => p !== "");
  for (let i = 1; i < parts.length; i++) {
    const dir = "/" + parts.slice(0, i).join("/");
    const answer = await lxdCall(
      c,
      "POST",
      `/1.0/instances/${encodeURIComponent(instance)}/files?path=${encodeURIComponent(dir)}&${q(project)}`,
      Buffer.alloc(0),
      { "X-LXD-type": "directory", "X-LXD-uid": "0", "X-LXD-gid": "0", "X-LXD-mode": "0755" },
    );
    // An existing directory is fine (LXD answers an error for it on some versions).
    if (answer.status >= 400 && !/exists/i.test(answer.body.toString("utf8"))) {
      throw new Error(
        `LXD: mkdir ${dir} in ${instance}: ${answer.status} ${answer.body.toString("utf8").slice(0, 200)}`,
      );
    }
  }
  const answer = await lxdCall(
    c,
    "POST",
    `/1.0/instances/${encodeURIComponent(instance)}/files?path=${encodeURIComponent(path)}&${q(project)}`,
    content,
    {
      "X-LXD-type": "file",
      "X-LXD-uid": "0",
      "X-LXD-gid": "0",
      "X-LXD-mode": mode.toString(8).padStart(4, "0"),
      "X-LXD-write": "overwrite",
    },
  );
  if (answer.status >= 400) {
    throw new Error(
      `LXD: push ${path} to ${instance}: ${answer.status} ${answer.body.toString("utf8").slice(0, 200)}`,
    );
  }
}

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs a command in an instance and returns its exit code and output (recorded by LXD). */
export async function exec(
  c: LxdConnection,
  project: string,
  instance: string,
  command: string[],
  timeoutS: number,
  environment: Record<string, string> = {},
): Promise<ExecResult> {
  const meta = await lxdOperation(
    c,
    "POST",
    `/1.0/instances/${encodeURIComponent(instance)}/exec?${q(project)}`,
    { command, environment, "wait-for-websocket": false, interactive: false, "record-output": true },
    timeoutS,
  );
  const output = (meta.output ?? {}) as Record<string, string>;
  const read = async (fd: string) => {
    if (!output[fd]) return "";
    const url = output[fd].includes("?") ? output[fd] : `${output[fd]}?${q(project)}`;
    const log = await lxdCall(c, "GET", url);
    // The log is LXD's; remove it once read.
    await lxdCall(c, "DELETE", url).catch(() => undefined);
    return log.body.toString("utf8");
  };
  return { exitCode: Number(meta.return ?? -1), stdout: await read("1"), stderr: await read("2") };
}

/** Waits up to 15 minutes for the docker host set-up's last line; prints its log's end if it fails. */
export const SETUP_WAIT = [
  "for i in $(seq 1 900); do",
  '  grep -q "^bcm-setup: done" /var/log/bcm-setup.log 2>/dev/null && exit 0',
  '  grep -q "^bcm-setup: FAILED" /var/log/bcm-setup.log 2>/dev/null && break',
  "  sleep 1",
  "done",
  "tail -n 20 /var/log/bcm-setup.log 2>&1",
  "exit 1",
].join("\n");
