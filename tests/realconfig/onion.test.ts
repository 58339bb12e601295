/**
 * The real Tor reads the onion-service files components/onion renders: it loads our identity key
 * (and does not make its own), writes the hostname we computed, accepts our authorized_clients
 * file (service side) and our .auth_private file (client side); and, the other way round, our
 * functions derive from a key Tor made itself exactly the files Tor wrote. Tor stays off the
 * network throughout (DisableNetwork 1).
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { Socket } from "node:net";
import { join } from "node:path";
import {
  clientAuthKeys,
  clientAuthPrivateFileName,
  clientTorrcLines,
  onionAddress,
  onionServiceKeyFiles,
  onionServiceKeyFilesFromExpanded,
  readTorSecretKeyFile,
} from "../../components/onion/keys";
import { OnionServiceTorrc, TOR_OWNER, renderOnionServiceTorrc } from "../../components/onion/torrc";
import { ed25519PublicKeyFromSeed } from "../../components/onion/ed25519";
import { hashTorControlPassword } from "../../components/tor/torrc";
import { Daemon, freePort, removeTempDirs, requireBinary, requireRoot, run, tempDir } from "./helpers";

const TOR = "/usr/bin/tor";
const tor = () => requireBinary(TOR, "tor");
const daemons: Daemon[] = [];
afterAll(async () => {
  await Promise.all(daemons.map((d) => d.stop()));
  removeTempDirs();
});

const uid = (user: string) => Number(run("id", ["-u", user]).stdout.trim());
const gid = (user: string) => Number(run("id", ["-g", user]).stdout.trim());

/** Creates the rendered directories and files with their modes (and owners, when asked to). */
function install(rendered: OnionServiceTorrc, chown: boolean): void {
  for (const d of rendered.directories) {
    mkdirSync(d.path, { recursive: true });
    chmodSync(d.path, parseInt(d.mode, 8));
  }
  for (const f of rendered.files) {
    writeFileSync(f.path, f.content);
    chmodSync(f.path, parseInt(f.mode, 8));
  }
  if (chown) {
    for (const p of [...rendered.directories, ...rendered.files]) {
      const [user, group] = p.owner.split(":");
      chownSync(p.path, uid(user), gid(group));
    }
  }
}

/** A torrc that keeps Tor off the network, logs at info level to stdout, plus `extra`. */
function writeTorrc(dir: string, extra: string[]): string {
  const data = join(dir, "data");
  mkdirSync(data, { mode: 0o700 });
  const file = join(dir, "torrc");
  writeFileSync(
    file,
    ["DisableNetwork 1", "SocksPort 0", `DataDirectory ${data}`, "Log info stdout", ...extra, ""].join("\n"),
  );
  return file;
}

function verifyConfig(torrc: string): void {
  const r = run(tor(), ["--verify-config", "--defaults-torrc", "/dev/null", "-f", torrc]);
  expect(r.output).toMatch(/Configuration was valid/);
  expect(problems(r.output)).toEqual([]);
  expect(r.status).toBe(0);
}

function startTor(torrc: string): Daemon {
  const d = new Daemon(tor(), ["--defaults-torrc", "/dev/null", "-f", torrc]);
  daemons.push(d);
  return d;
}

async function waitUntil(what: string, daemon: Daemon, ok: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ok()) return;
    if (daemon.exited) throw new Error(`tor exited before ${what}:\n${daemon.output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`tor did not get to ${what} within ${timeoutMs} ms:\n${daemon.output}`);
}

/** Warnings and errors in the log, minus the two every test tor here prints (root, Log info). */
const EXPECTED_WARNINGS = /You are running Tor as root|you're logging more than "notice"/;
function problems(output: string): string[] {
  return output.split("\n").filter((l) => /\[(warn|err)\]/.test(l) && !EXPECTED_WARNINGS.test(l));
}

/** The service block for one test service, rendered by our renderer. */
function renderOne(
  hs: string,
  keys: ReturnType<typeof onionServiceKeyFiles>,
  authLines: [string, string][],
  owner?: string,
) {
  return renderOnionServiceTorrc(
    [
      {
        name: "test",
        dir: hs,
        virtualPort: 80,
        target: "127.0.0.1:9",
        keys,
        authorizedClients: authLines.map(([name, authLine]) => ({ name, authLine })),
      },
    ],
    owner,
  );
}

/** Starts tor on the service, waits until it wrote the hostname and loaded the clients. */
async function runService(
  dir: string,
  hs: string,
  rendered: OnionServiceTorrc,
  clients: string[],
  extra: string[] = [],
) {
  // Tor must write the hostname itself, from the key it loaded.
  rmSync(join(hs, "hostname"));
  const torrc = writeTorrc(dir, [...extra, ...rendered.torrc.trimEnd().split("\n")]);
  verifyConfig(torrc);
  const daemon = startTor(torrc);
  await waitUntil("loading the onion service", daemon, () => {
    if (!existsSync(join(hs, "hostname"))) return false;
    return clients.every((c) => daemon.output.includes(`Loaded a client authorization key file ${c}.auth.`));
  });
  return daemon;
}

describe("tor runs the onion service files we render", () => {
  it("loads our key (no new one), writes our hostname, accepts our authorized_clients file", async () => {
    const dir = tempDir("onion");
    const hs = join(dir, "hs");
    // The key as tls.PrivateKey (ED25519) delivers it: PKCS#8 PEM.
    const pem = generateKeyPairSync("ed25519").privateKey.export({ format: "pem", type: "pkcs8" }).toString();
    const keys = onionServiceKeyFiles(pem);
    const alice = clientAuthKeys(randomBytes(32));
    const bob = clientAuthKeys(randomBytes(32));
    const rendered = renderOne(hs, keys, [
      ["alice", alice.authLine],
      ["bob", bob.authLine],
    ]);
    install(rendered, false);

    const daemon = await runService(dir, hs, rendered, ["alice", "bob"]);
    expect(readFileSync(join(hs, "hostname"), "utf8")).toBe(keys.hostname);
    expect(readFileSync(join(hs, "hs_ed25519_secret_key")).equals(keys.hs_ed25519_secret_key)).toBe(true);
    expect(readFileSync(join(hs, "hs_ed25519_public_key")).equals(keys.hs_ed25519_public_key)).toBe(true);
    expect(daemon.output).not.toMatch(/Unable to load keys|Generating/);
    expect(problems(daemon.output)).toEqual([]);
    await daemon.stop();
    // Still ours after tor is gone.
    expect(readFileSync(join(hs, "hs_ed25519_secret_key")).equals(keys.hs_ed25519_secret_key)).toBe(true);
  }, 60_000);

  it("the check above notices a client file tor cannot use", async () => {
    const dir = tempDir("onion");
    const hs = join(dir, "hs");
    const keys = onionServiceKeyFiles(randomBytes(32));
    const alice = clientAuthKeys(randomBytes(32));
    const rendered = renderOne(hs, keys, [["alice", alice.authLine]]);
    install(rendered, false);
    // Bypasses the renderer: one base32 character short.
    writeFileSync(join(hs, "authorized_clients", "mallory.auth"), `${alice.authLine.slice(0, -1)}\n`, {
      mode: 0o600,
    });
    const daemon = await runService(dir, hs, rendered, ["alice"]);
    await waitUntil("complaining about mallory.auth", daemon, () => /length is invalid/.test(daemon.output));
    expect(daemon.output).not.toMatch(/Loaded a client authorization key file mallory\.auth/);
    expect(problems(daemon.output).join("\n")).toMatch(
      /Client authorization encoded base32 public key length is invalid/,
    );
    await daemon.stop();
  }, 60_000);

  it("as debian-tor, with exactly the owners and modes we render", async () => {
    requireRoot("running tor as debian-tor");
    const dir = tempDir("onion");
    chmodSync(dir, 0o755); // debian-tor must reach the service dir
    const hs = join(dir, "hs");
    const keys = onionServiceKeyFiles(randomBytes(32));
    const alice = clientAuthKeys(randomBytes(32));
    const rendered = renderOne(hs, keys, [["alice", alice.authLine]], TOR_OWNER);
    install(rendered, true);
    // DataDirectory, made by writeTorrc, must belong to the user too.
    const user = TOR_OWNER.split(":")[0];
    rmSync(join(hs, "hostname"));
    const torrc = writeTorrc(dir, [`User ${user}`, ...rendered.torrc.trimEnd().split("\n")]);
    chownSync(join(dir, "data"), uid(user), gid(user));
    verifyConfig(torrc);
    const daemon = startTor(torrc);
    await waitUntil("loading the onion service", daemon, () =>
      daemon.output.includes("Loaded a client authorization key file alice.auth."),
    );
    expect(readFileSync(join(hs, "hostname"), "utf8")).toBe(keys.hostname);
    // Written by tor after it became debian-tor.
    expect(statSync(join(hs, "hostname")).uid).toBe(uid(user));
    expect(readFileSync(join(hs, "hs_ed25519_secret_key")).equals(keys.hs_ed25519_secret_key)).toBe(true);
    expect(daemon.output).not.toMatch(/Unable to load keys|Generating|Fixing permissions/);
    expect(problems(daemon.output)).toEqual([]);
    await daemon.stop();
  }, 60_000);

  it("reverse: from a key tor made itself we derive the same public key and hostname", async () => {
    const dir = tempDir("onion");
    const hs = join(dir, "hs");
    mkdirSync(hs, { mode: 0o700 });
    const torrc = writeTorrc(dir, [`HiddenServiceDir ${hs}`, "HiddenServicePort 80 127.0.0.1:9"]);
    verifyConfig(torrc);
    const daemon = startTor(torrc);
    await waitUntil("writing a fresh key and hostname", daemon, () => existsSync(join(hs, "hostname")));
    await daemon.stop();

    const secretFile = readFileSync(join(hs, "hs_ed25519_secret_key"));
    const ours = onionServiceKeyFilesFromExpanded(readTorSecretKeyFile(secretFile));
    expect(ours.hs_ed25519_secret_key.equals(secretFile)).toBe(true);
    expect(ours.hs_ed25519_public_key.equals(readFileSync(join(hs, "hs_ed25519_public_key")))).toBe(true);
    expect(ours.hostname).toBe(readFileSync(join(hs, "hostname"), "utf8"));
    // Tor also made the authorized_clients directory, 0700 like ours.
    expect(readdirSync(hs).sort()).toEqual(
      ["authorized_clients", "hostname", "hs_ed25519_public_key", "hs_ed25519_secret_key"].sort(),
    );
  }, 60_000);
});

/** Sends commands on one control connection (then QUIT); returns everything tor answered. */
function controlSession(port: number, commands: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = new Socket();
    let buf = "";
    const timer = setTimeout(() => (s.destroy(), reject(new Error(`no end of session: ${buf}`))), 10_000);
    s.on("data", (d) => (buf += d));
    s.on("close", () => (clearTimeout(timer), resolve(buf)));
    s.on("error", (e) => (clearTimeout(timer), reject(e)));
    s.connect(port, "127.0.0.1", () => s.write([...commands, "QUIT", ""].join("\r\n")));
  });
}

describe("tor as a client takes our .auth_private file", () => {
  it("loads it, and writes the same bytes itself for a credential given over the control port", async () => {
    const dir = tempDir("onion-client");
    const authDir = join(dir, "auth");
    mkdirSync(authDir, { mode: 0o700 });
    const service = onionAddress(ed25519PublicKeyFromSeed(randomBytes(32)));
    const other = onionAddress(ed25519PublicKeyFromSeed(randomBytes(32)));
    const client = clientAuthKeys(randomBytes(32));
    const ourFile = join(authDir, "bcm.auth_private");
    writeFileSync(ourFile, client.authPrivateLine(service), { mode: 0o600 });

    const control = await freePort();
    const password = randomBytes(12).toString("hex");
    const torrc = writeTorrc(dir, [
      ...clientTorrcLines(authDir),
      `ControlPort 127.0.0.1:${control}`,
      `HashedControlPassword ${hashTorControlPassword(password, randomBytes(8).toString("hex"))}`,
    ]);
    verifyConfig(torrc);
    const daemon = startTor(torrc);
    await waitUntil("loading the credential", daemon, () =>
      daemon.output.includes("Loaded a client authorization key file bcm.auth_private."),
    );
    await waitUntil("opening the control port", daemon, () => /Opened Control listener/.test(daemon.output));

    const b64 = client.privateKey.toString("base64");
    const bare = (a: string) => a.replace(/\.onion$/, "");
    const reply = await controlSession(control, [
      `AUTHENTICATE "${password}"`,
      `ONION_CLIENT_AUTH_VIEW ${bare(service)}`,
      `ONION_CLIENT_AUTH_ADD ${bare(other)} x25519:${b64} Flags=Permanent`,
    ]);
    const lines = reply.split("\r\n");
    expect(lines[0]).toBe("250 OK");
    // Tor parsed our file into exactly our key, for exactly our address.
    const clientLine = lines.find((l) => l.startsWith("250-CLIENT "));
    expect(clientLine).toBeDefined();
    const [, addr, key] = clientLine!.split(" ");
    expect(addr).toBe(bare(service));
    expect(key.startsWith("x25519:")).toBe(true);
    expect(Buffer.from(key.slice("x25519:".length), "base64").equals(client.privateKey)).toBe(true);
    expect(clientLine).toMatch(/Flags=Permanent/);
    expect(lines).toContain("250 OK"); // the ADD

    // Tor's own file for the credential it was given: same name scheme, same bytes as ours.
    const torFile = join(authDir, clientAuthPrivateFileName(other));
    await waitUntil("writing its own .auth_private", daemon, () => existsSync(torFile));
    expect(readFileSync(torFile, "utf8")).toBe(client.authPrivateLine(other));
    expect(problems(daemon.output)).toEqual([]);
    await daemon.stop();
  }, 60_000);
});
