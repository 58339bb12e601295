import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderSquidConf, SquidArgs } from "../../components/squid/config";
import { removeTempDirs, requireBinary, requireRoot, run, tempDir } from "./helpers";
import { parseSubnet } from "../../components/net";

afterAll(removeTempDirs);

describe("squid -k parse accepts the rendered config", () => {
  function check(text: string) {
    const squid = requireBinary("/usr/sbin/squid", "squid");
    requireRoot("squid -k parse");
    const file = join(tempDir("squid-conf"), "squid.conf");
    writeFileSync(file, text);
    return run(squid, ["-k", "parse", "-f", file]);
  }
  const args = (dir: string): SquidArgs => {
    // As the gateway keeps it: every address it has, one a line.
    writeFileSync(join(dir, "gateway-addresses"), "10.148.10.1\n127.0.0.1\n172.16.0.5\n");
    return {
      insideAddress: "10.148.10.1",
      port: 3128,
      clients: [parseSubnet("bcmnetCidr", "10.148.10.0/24")],
      gatewayAddresses: ["10.148.10.1"],
      cacheDir: join(dir, "cache"),
      cacheSizeMb: 20000,
      accessLog: join(dir, "access.log"),
      cacheLog: join(dir, "cache.log"),
      pidFile: join(dir, "squid.pid"),
      visibleHostname: "squid.bcmnet",
      gatewayAddressesFile: join(dir, "gateway-addresses"),
      logging: "private",
    };
  };
  // Deliberate, and squid says so: refresh overrides for immutable files, and `via off`.
  const expected = [
    /use of '(override-expire|override-lastmod|ignore-reload|ignore-no-store)' in 'refresh_pattern' violates HTTP/,
    /HTTP requires the use of Via/,
  ];
  const problems = (output: string) =>
    output
      .split("\n")
      .filter((l) => /ERROR|FATAL|WARNING/.test(l))
      .filter((l) => !expected.some((e) => e.test(l)));

  it("gateway config", () => {
    const r = check(renderSquidConf(args(tempDir("squid"))));
    expect(problems(r.output)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("with privoxy as parent (never direct)", () => {
    const r = check(
      renderSquidConf({ ...args(tempDir("squid")), parentProxy: { address: "10.148.10.1", port: 8118 } }),
    );
    expect(problems(r.output)).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("the check is real: a bad line fails", () => {
    const r = check(renderSquidConf(args(tempDir("squid"))) + "http_access allow nosuchacl\n");
    expect(r.status).not.toBe(0);
  });
});
