import * as yaml from "js-yaml";
import { RenderError } from "../render-error";

/** A file for write_files, content already resolved. */
export interface CloudInitFile {
  path: string;
  content: string;
  permissions: string;
  owner?: string;
  /**
   * Keys, passwords and anything derived from them. Never part of the user-data: LXD's guest API
   * (/dev/lxd/sock, open to every user in the container) and cloud-init's world-readable
   * /run/cloud-init/instance-data.json both expose the user-data. Secret files are pushed by the
   * LXD file API instead (secretInstanceFiles), root-only, and installed by the setup script.
   */
  secret?: boolean;
  /** "base64": content is the base64 of binary bytes, written decoded. */
  encoding?: "base64";
}

/** An lxd.Instance `files` entry: pushed through the LXD API before the instance first starts. */
export interface StagedFile {
  targetPath: string;
  content: string;
  mode: string;
  uid: number;
  gid: number;
  createDirectories: boolean;
}

/** Where secret files wait, root-only, until the setup script installs them with their owner. */
// Under /root (0700): LXD creates missing parent directories 0750 root-only, which must not
// happen to directories that services read (/etc/bcm).
export const SECRETS_STAGING_DIR = "/root/bcm-secrets";

export interface CloudInitDirectory {
  path: string;
  owner: string;
  mode: string;
}

export interface HostSetupArgs {
  hostname: string;
  /** Debian packages the host needs; only missing ones are installed (the image normally has all). */
  packages: string[];
  files: CloudInitFile[];
  directories: CloudInitDirectory[];
  /** Shell commands run after files and directories exist, before units start. */
  prepare: string[];
  /** systemd units enabled (so they come back after a reboot) and restarted, in order. */
  units: string[];
  /** Long-running units among them that systemd restarts whenever they die (not oneshots). */
  supervised: string[];
  /** nameserver lines for /etc/resolv.conf, kept even when a DHCP client would overwrite it. */
  nameservers: string[];
  searchDomain?: string;
  /** sysctl settings written to /etc/sysctl.d/60-bcm.conf and applied. */
  sysctls: Record<string, string>;
}

const SETUP_SCRIPT = "/usr/local/sbin/bcm-setup";
const CLOUD_INIT_ONCE_UNIT = "bcm-cloud-init-once.service";
const SETUP_LOG = "/var/log/bcm-setup.log";

const UNIT_NAME = /^[A-Za-z0-9@._-]+\.(service|socket|target|timer)$/;
const PACKAGE_NAME = /^[a-z0-9][a-z0-9+.-]+$/;
const OCTAL_MODE = /^0?[0-7]{3,4}$/;
const OWNER = /^[a-z_][a-z0-9_-]*(:[a-z_][a-z0-9_-]*)?$/;

/**
 * The cloud-config for a BCM host. Everything is written by cloud-init (write_files, deferred
 * until packages and their users exist) and one rendered setup script run by runcmd, so that the
 * same user-data works on our pre-built image (nothing to install) and on a stock cloud image.
 */
export function renderUserData(args: HostSetupArgs): string {
  validate(args);
  const files: CloudInitFile[] = [
    ...args.files.filter((file) => !file.secret),
    ...args.supervised.map((unit) => ({
      path: `/etc/systemd/system/${unit}.d/bcm-restart.conf`,
      content: RESTART_DROP_IN,
      permissions: "0644",
    })),
    {
      path: "/etc/sysctl.d/60-bcm.conf",
      content: Object.entries(args.sysctls)
        .map(([key, value]) => `${key} = ${value}\n`)
        .join(""),
      permissions: "0644",
    },
    { path: "/etc/resolv.conf.bcm", content: renderResolvConf(args), permissions: "0644" },
    // dhclient must not replace our resolver (on the gateway: its own dnsmasq, i.e. Tor).
    {
      path: "/etc/dhcp/dhclient-enter-hooks.d/bcm-keep-resolv-conf",
      content: "# Managed by bcm-pulumi: keep /etc/resolv.conf as rendered.\nmake_resolv_conf() { :; }\n",
      permissions: "0644",
    },
    { path: SETUP_SCRIPT, content: renderSetupScript(args), permissions: "0755" },
    {
      path: `/etc/systemd/system/${CLOUD_INIT_ONCE_UNIT}`,
      content: [
        "[Unit]",
        "Description=bcm-pulumi: run cloud-init on the first boot only",
        "After=cloud-final.service",
        "ConditionPathExists=!/etc/cloud/cloud-init.disabled",
        "",
        "[Service]",
        "Type=oneshot",
        "ExecStart=/usr/bin/touch /etc/cloud/cloud-init.disabled",
        "",
      ].join("\n"),
      permissions: "0644",
    },
  ];
  const cloudConfig = {
    hostname: args.hostname,
    manage_etc_hosts: true,
    write_files: files.map((file) => ({
      path: file.path,
      content: file.content,
      permissions: file.permissions,
      owner: file.owner ?? "root:root",
      ...(file.encoding === "base64" ? { encoding: "b64" } : {}),
      // Deferred: owners such as debian-tor or proxy exist only once packages are installed.
      defer: true,
    })),
    runcmd: [[SETUP_SCRIPT]],
  };
  return "#cloud-config\n" + yaml.dump(cloudConfig, { lineWidth: -1, noRefs: true, sortKeys: false });
}

/** The secret files of a host as lxd.Instance `files`: root-only copies in the staging dir. */
export function secretInstanceFiles(files: CloudInitFile[]): StagedFile[] {
  return files
    .filter((file) => file.secret)
    .map((file) => ({
      targetPath: stagedPath(file.path),
      content: file.content,
      mode: "0600",
      uid: 0,
      gid: 0,
      createDirectories: true,
    }));
}

function stagedPath(path: string): string {
  return `${SECRETS_STAGING_DIR}${path}`;
}

// Debian's units for dnsmasq, privoxy and squid have Restart=no: a crash would leave bcmnet
// without DNS or proxies until someone notices. No start limit: keep trying while it fails.
const RESTART_DROP_IN = [
  "# Managed by bcm-pulumi: come back by itself after a crash or a kill.",
  "[Unit]",
  "StartLimitIntervalSec=0",
  "",
  "[Service]",
  "Restart=always",
  "RestartSec=1",
  "",
].join("\n");

export interface NetworkInterfaceConfig {
  name: string;
  dhcp: boolean;
  /** "10.148.10.1/24" for a static address. */
  addresses?: string[];
}

/** cloud-init network config (version 2); no default route or DNS from static interfaces. */
export function renderNetworkConfig(interfaces: NetworkInterfaceConfig[]): string {
  const ethernets: Record<string, object> = {};
  for (const nic of interfaces) {
    if (!nic.dhcp && (nic.addresses ?? []).length === 0) {
      throw new RenderError(`interfaces.${nic.name}`, nic, "needs dhcp or at least one static address");
    }
    ethernets[nic.name] = nic.dhcp ? { dhcp4: true } : { dhcp4: false, addresses: nic.addresses };
  }
  return yaml.dump({ version: 2, ethernets }, { lineWidth: -1 });
}

function renderResolvConf(args: HostSetupArgs): string {
  const lines = ["# Managed by bcm-pulumi"];
  if (args.searchDomain) lines.push(`search ${args.searchDomain}`);
  for (const ns of args.nameservers) lines.push(`nameserver ${ns}`);
  return lines.join("\n") + "\n";
}

function renderSetupScript(args: HostSetupArgs): string {
  const q = shellQuote;
  const lines = [
    "#!/bin/bash",
    "# Rendered by bcm-pulumi: brings this host to its configured state. Safe to run again.",
    "set -euo pipefail",
    `exec > >(tee -a ${SETUP_LOG}) 2>&1`,
    'echo "bcm-setup: start $(date -Is)"',
    "missing=()",
    `for pkg in ${args.packages.map(q).join(" ")}; do`,
    '  dpkg-query -W -f=\'${Status}\' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")',
    "done",
    "if ((${#missing[@]})); then",
    '  echo "bcm-setup: installing ${missing[*]}"',
    "  apt-get update",
    '  DEBIAN_FRONTEND=noninteractive apt-get install -y -o Dpkg::Options::=--force-confold "${missing[@]}"',
    "fi",
    ...args.directories.map((dir) => {
      const [user, group] = dir.owner.split(":");
      return `install -d -o ${q(user)} -g ${q(group ?? user)} -m ${q(dir.mode)} ${q(dir.path)}`;
    }),
    ...renderSecretInstall(args.files.filter((file) => file.secret)),
    "sysctl -p /etc/sysctl.d/60-bcm.conf || true",
    "cp /etc/resolv.conf.bcm /etc/resolv.conf",
    ...args.prepare,
    "systemctl daemon-reload",
    // Start every unit even if one fails, then fail the run (cloud-init status: error) naming them.
    "failed=()",
    ...args.units.map(
      (unit) => `systemctl enable ${q(unit)} && systemctl restart ${q(unit)} || failed+=(${q(unit)})`,
    ),
    'if ((${#failed[@]})); then echo "bcm-setup: FAILED units: ${failed[*]}"; exit 1; fi',
    // Configured once: later boots skip cloud-init (seconds off every restart), once this boot's
    // cloud-init has finished. A change of configuration replaces the container, which boots
    // fresh and runs cloud-init again.
    `systemctl start --no-block ${CLOUD_INIT_ONCE_UNIT}`,
    'echo "bcm-setup: done $(date -Is)"',
  ];
  return lines.join("\n") + "\n";
}

/** Shell lines installing each staged secret file at its path, with its owner and mode. */
function renderSecretInstall(files: CloudInitFile[]): string[] {
  if (files.length === 0) return [];
  const q = shellQuote;
  return [
    `chmod -R go-rwx ${SECRETS_STAGING_DIR}`,
    ...files.map((file) => {
      const [user, group] = (file.owner ?? "root:root").split(":");
      const staged = stagedPath(file.path);
      const check = `[ -f ${q(staged)} ] || { echo "bcm-setup: secret file ${file.path} was not pushed"; exit 1; }; `;
      if (file.encoding === "base64") {
        // Binary content travels as base64 text; decoded straight into a file nobody else can read.
        return (
          check +
          // mkdir -p leaves an existing directory's mode alone (Tor wants its own 0700).
          `mkdir -p "$(dirname ${q(file.path)})"; ` +
          `(umask 077; base64 -d ${q(staged)} > ${q(file.path)}) && ` +
          `chown ${q(user)}:${q(group ?? user)} ${q(file.path)} && chmod ${q(file.permissions)} ${q(file.path)}`
        );
      }
      return (
        check +
        `install -D -o ${q(user)} -g ${q(group ?? user)} -m ${q(file.permissions)} ${q(staged)} ${q(file.path)}`
      );
    }),
  ];
}

function validate(args: HostSetupArgs): void {
  for (const pkg of args.packages) {
    if (!PACKAGE_NAME.test(pkg)) throw new RenderError("packages", pkg, "not a Debian package name");
  }
  for (const unit of args.units) {
    if (!UNIT_NAME.test(unit)) throw new RenderError("units", unit, "not a systemd unit name");
  }
  for (const unit of args.supervised) {
    if (!args.units.includes(unit)) throw new RenderError("supervised", unit, "is not one of the units");
  }
  const seen = new Set<string>();
  for (const file of args.files) {
    if (!file.path.startsWith("/")) throw new RenderError("files.path", file.path, "must be absolute");
    if (seen.has(file.path)) throw new RenderError("files.path", file.path, "is written twice");
    seen.add(file.path);
    if (!OCTAL_MODE.test(file.permissions)) {
      throw new RenderError(`files[${file.path}].permissions`, file.permissions, "expected an octal mode");
    }
    if (file.secret && (parseInt(file.permissions, 8) & 0o007) !== 0) {
      throw new RenderError(
        `files[${file.path}].permissions`,
        file.permissions,
        "a secret file must not be world-accessible",
      );
    }
    if (file.owner !== undefined && !OWNER.test(file.owner)) {
      throw new RenderError(`files[${file.path}].owner`, file.owner, "expected user or user:group");
    }
  }
  for (const dir of args.directories) {
    if (!dir.path.startsWith("/") || !OWNER.test(dir.owner) || !OCTAL_MODE.test(dir.mode)) {
      throw new RenderError("directories", dir, "needs an absolute path, user[:group] owner and octal mode");
    }
  }
}

function shellQuote(value: string): string {
  return /^[A-Za-z0-9@%+=:,./_-]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}
