import * as fs from "fs";
import * as yaml from "js-yaml";
import * as os from "os";
import * as path from "path";
import { configDirPath, renderConfigDir, renderLxcConfig, writeConfigDir } from "./config-dir";

describe("the lxc configuration directory", () => {
  it("config.yml names the one remote as default, TLS client certificate authentication", () => {
    expect(yaml.load(renderLxcConfig("bcm-endpoint", "https://10.0.0.5:8443"))).toEqual({
      "default-remote": "bcm-endpoint",
      remotes: {
        "bcm-endpoint": { addr: "https://10.0.0.5:8443", auth_type: "tls", protocol: "lxd", public: false },
      },
      aliases: {},
    });
  });
  it("holds the files lxc and terraform-lxd read", () => {
    const files = renderConfigDir({
      remoteName: "r",
      url: "https://h:8443",
      clientCertPem: "CERT",
      clientKeyPem: "KEY",
      serverCertPem: "SERVER",
    });
    expect(files.map((f) => [f.path, f.content.slice(0, 15)])).toEqual([
      ["config.yml", "default-remote:"],
      ["client.crt", "CERT"],
      ["client.key", "KEY"],
      ["servercerts/r.crt", "SERVER"],
    ]);
  });
  it("lives in $XDG_RUNTIME_DIR, else the temporary directory, per stack and identity", () => {
    expect(configDirPath({ XDG_RUNTIME_DIR: "/run/user/1000" }, "/tmp", "site", "0123456789abcdef0123")).toBe(
      "/run/user/1000/bcm-lxd-site-0123456789abcdef",
    );
    expect(configDirPath({}, "/tmp", "a/b", "ff".repeat(32))).toBe(`/tmp/bcm-lxd-a_b-${"f".repeat(16)}`);
    expect(configDirPath({ XDG_RUNTIME_DIR: "relative" }, "/tmp", "s", "00".repeat(32))).toMatch(/^\/tmp\//);
  });

  describe("on disk", () => {
    let base: string;
    beforeEach(() => (base = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-cfgdir-"))));
    afterEach(() => fs.rmSync(base, { recursive: true, force: true }));
    const files = renderConfigDir({
      remoteName: "r",
      url: "https://h",
      clientCertPem: "C",
      clientKeyPem: "K",
      serverCertPem: "S",
    });

    it("directories 0700, files 0600, content as rendered", () => {
      const dir = path.join(base, "d");
      writeConfigDir(dir, files);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.statSync(path.join(dir, "servercerts")).mode & 0o777).toBe(0o700);
      for (const f of files) {
        expect(fs.statSync(path.join(dir, f.path)).mode & 0o777).toBe(0o600);
        expect(fs.readFileSync(path.join(dir, f.path), "utf8")).toBe(f.content);
      }
    });
    it("tightens an existing directory and replaces a planted link instead of writing through it", () => {
      const dir = path.join(base, "d");
      fs.mkdirSync(dir, { mode: 0o755 });
      fs.chmodSync(dir, 0o755);
      const victim = path.join(base, "victim");
      fs.writeFileSync(victim, "untouched");
      fs.symlinkSync(victim, path.join(dir, "client.key"));
      writeConfigDir(dir, files);
      expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      expect(fs.readFileSync(victim, "utf8")).toBe("untouched");
      expect(fs.lstatSync(path.join(dir, "client.key")).isSymbolicLink()).toBe(false);
      expect(fs.readFileSync(path.join(dir, "client.key"), "utf8")).toBe("K");
    });
    it("refuses a link in place of the directory", () => {
      fs.mkdirSync(path.join(base, "elsewhere"));
      fs.symlinkSync(path.join(base, "elsewhere"), path.join(base, "d"));
      expect(() => writeConfigDir(path.join(base, "d"), files)).toThrow(
        /refusing to write the LXD client key/,
      );
      expect(fs.readdirSync(path.join(base, "elsewhere"))).toEqual([]);
    });
  });
});
