/**
 * Prints, one a line, strings that must never be readable by an unprivileged user in a container:
 * a line from the body of every private key, every generated password and http secret, and Tor's
 * HashedControlPassword value. Read from the stack's real secrets: the engine's
 * `pulumi stack export --show-secrets` file, or the engine-less harness's values.json.
 *
 * Usage: secret-needles.ts engine <export.json> | engine-less <values.json>
 * Exits non-zero when it finds no private key or no password: a search needs something to find.
 */
import * as fs from "fs";
import { hashTorControlPassword } from "../../components/tor/torrc";

interface StateResource {
  type: string;
  name: string;
  outputs: Record<string, unknown>;
}

/** Unwraps the secrets of `stack export --show-secrets` ({ <sig>: ..., plaintext: "<json>" }). */
function reveal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reveal);
  if (value !== null && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.plaintext === "string" && Object.keys(record).length === 2) {
      return reveal(JSON.parse(record.plaintext));
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, reveal(v)]));
  }
  return value;
}

function fromEngineExport(file: string): StateResource[] {
  const state = JSON.parse(fs.readFileSync(file, "utf8")) as {
    deployment: { resources: { type: string; urn: string; outputs?: Record<string, unknown> }[] };
  };
  return state.deployment.resources.map((r) => ({
    type: r.type,
    name: r.urn.split("::").pop() ?? "",
    outputs: reveal(r.outputs ?? {}) as Record<string, unknown>,
  }));
}

function fromHarnessValues(file: string): StateResource[] {
  const values = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, Record<string, unknown>>;
  return Object.entries(values).map(([key, outputs]) => {
    const [type, name] = key.split("::");
    return { type, name, outputs };
  });
}

/** The first full base64 line of each PEM block: unique to the key, and greppable. */
function pemBodyLines(pem: string): string[] {
  return pem
    .split(/-----END [A-Z ]+-----/)
    .map((block) => block.split("\n").find((line) => /^[A-Za-z0-9+/]{40,}$/.test(line)))
    .filter((line): line is string => line !== undefined);
}

function needles(resources: StateResource[]): string[] {
  const out = new Set<string>();
  let keys = 0;
  let passwords = 0;
  for (const r of resources) {
    if (r.type === "tls:index/privateKey:PrivateKey") {
      for (const field of ["privateKeyPem", "privateKeyPemPkcs8", "privateKeyOpenssh"]) {
        const pem = r.outputs[field];
        if (typeof pem === "string") pemBodyLines(pem).forEach((line) => out.add(line));
      }
      keys++;
    }
    if (r.type === "random:index/randomPassword:RandomPassword" && typeof r.outputs.result === "string") {
      out.add(r.outputs.result);
      passwords++;
    }
  }
  const password = resources.find(
    (r) => r.type.endsWith("RandomPassword") && r.name.endsWith("control-password"),
  );
  const salt = resources.find((r) => r.type.endsWith("RandomId") && r.name.endsWith("control-salt"));
  if (password && salt) {
    out.add(hashTorControlPassword(String(password.outputs.result), String(salt.outputs.hex)));
  }
  if (keys === 0 || passwords === 0) {
    throw new Error(`found ${keys} private keys and ${passwords} passwords: nothing to search for`);
  }
  return [...out];
}

const [mode, file] = process.argv.slice(2);
try {
  const resources =
    mode === "engine" ? fromEngineExport(file) : mode === "engine-less" ? fromHarnessValues(file) : undefined;
  if (!resources)
    throw new Error("usage: secret-needles.ts engine <export.json> | engine-less <values.json>");
  process.stdout.write(needles(resources).join("\n") + "\n");
} catch (err) {
  console.error(`secret-needles: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
