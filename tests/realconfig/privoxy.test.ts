import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderPrivoxyConfig } from "../../components/privoxy/config";
import { removeTempDirs, requireBinary, run, tempDir } from "./helpers";
import { parseSubnet } from "../../components/net";

afterAll(removeTempDirs);

// privoxy --config-test exits 0 even for bad lines; it reports them as "Error:"/"Fatal error:".
describe("privoxy --config-test accepts the rendered config", () => {
  function check(text: string) {
    const privoxy = requireBinary("/usr/sbin/privoxy", "privoxy");
    requireBinary("/etc/privoxy/default.action", "privoxy");
    const dir = tempDir("privoxy");
    mkdirSync(join(dir, "log"));
    const file = join(dir, "config");
    writeFileSync(file, text);
    return run(privoxy, ["--config-test", file]);
  }
  const args = {
    insideAddress: "10.148.10.1",
    port: 8118,
    permit: [parseSubnet("bcmnetCidr", "10.148.10.0/24")],
    torSocks: { address: "10.148.10.1", port: 9050 },
  };

  it("gateway config (Debian confdir, temp logdir)", () => {
    const dir = tempDir("privoxy-log");
    const r = check(renderPrivoxyConfig({ ...args, logdir: dir }));
    expect(r.output).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  it("with its client limit raised above one client's share (max-client-connections)", () => {
    const dir = tempDir("privoxy-log");
    const text = renderPrivoxyConfig({ ...args, logdir: dir, maxClientConnections: 512 });
    expect(text).toMatch(/^max-client-connections 512$/m);
    const r = check(text);
    expect(r.output).not.toMatch(/error/i);
    expect(r.status).toBe(0);
  });

  it("the check is real: a bad forward line is reported", () => {
    const dir = tempDir("privoxy-log");
    const r = check(
      renderPrivoxyConfig({ ...args, logdir: dir }).replace(" 10.148.10.1:9050 .", " 10.148.10.1:9050"),
    );
    expect(r.output).toMatch(/Error: Wrong number of parameters for forward-socks5t/);
  });
});
