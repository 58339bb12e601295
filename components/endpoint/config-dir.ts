/**
 * The lxc-format configuration directory the program writes at run time for a remote endpoint,
 * and hands to the LXD provider as `configDir` (terraform-lxd reads `config.yml`, `client.crt`,
 * `client.key` and `servercerts/<remote>.crt` from it, as `lxc` does with LXD_CONF). Everything in
 * it comes from the stack (client key and certificate from its state, the server certificate once
 * verified), so it is rebuilt on every run and can be deleted any time.
 */
import * as fs from "fs";
import * as yaml from "js-yaml";
import * as os from "os";
import * as path from "path";

export interface ConfigDirFile {
  /** Relative to the configuration directory. */
  path: string;
  content: string;
}

export interface ConfigDirArgs {
  remoteName: string;
  /** https://host:port */
  url: string;
  clientCertPem: string;
  clientKeyPem: string;
  /** The endpoint's certificate, verified (token fingerprint) or accepted: pinned by lxc and the provider. */
  serverCertPem: string;
}

/** lxc's config.yml: the one remote, as the default remote, authenticated by the client certificate. */
export function renderLxcConfig(remoteName: string, url: string): string {
  return yaml.dump({
    "default-remote": remoteName,
    remotes: { [remoteName]: { addr: url, auth_type: "tls", protocol: "lxd", public: false } },
    aliases: {},
  });
}

export function renderConfigDir(args: ConfigDirArgs): ConfigDirFile[] {
  return [
    { path: "config.yml", content: renderLxcConfig(args.remoteName, args.url) },
    { path: "client.crt", content: args.clientCertPem },
    { path: "client.key", content: args.clientKeyPem },
    { path: `servercerts/${args.remoteName}.crt`, content: args.serverCertPem },
  ];
}

/**
 * Where a stack's directory lives: $XDG_RUNTIME_DIR (per user, tmpfs, gone at logout) or the
 * temporary directory, one per stack and client identity.
 */
export function configDirPath(
  env: NodeJS.ProcessEnv,
  tmpdir: string,
  stack: string,
  clientFingerprint: string,
): string {
  const base = env.XDG_RUNTIME_DIR && path.isAbsolute(env.XDG_RUNTIME_DIR) ? env.XDG_RUNTIME_DIR : tmpdir;
  const safeStack = stack.replace(/[^A-Za-z0-9_.-]/g, "_");
  return path.join(base, `bcm-lxd-${safeStack}-${clientFingerprint.slice(0, 16)}`);
}

/** A directory only we can enter (0700, ours, not a link), made if missing. */
function ensureOwnDirectory(dir: string): void {
  try {
    fs.mkdirSync(dir, { mode: 0o700 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
  }
  const st = fs.lstatSync(dir);
  const uid = os.userInfo().uid;
  if (!st.isDirectory() || st.isSymbolicLink() || st.uid !== uid) {
    throw new Error(
      `${dir} exists and is not a directory of user ${uid}: refusing to write the LXD client key there`,
    );
  }
  fs.chmodSync(dir, 0o700);
}

/** Writes the files (0600) in a directory of mode 0700; returns the directory. */
export function writeConfigDir(dir: string, files: ConfigDirFile[]): string {
  ensureOwnDirectory(dir);
  for (const file of files) {
    const target = path.join(dir, file.path);
    ensureOwnDirectory(path.dirname(target));
    // Never follow a link planted in place of a file.
    fs.rmSync(target, { force: true });
    const fd = fs.openSync(
      target,
      fs.constants.O_WRONLY | fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_NOFOLLOW,
      0o600,
    );
    try {
      fs.writeSync(fd, file.content);
    } finally {
      fs.closeSync(fd);
    }
  }
  return dir;
}
