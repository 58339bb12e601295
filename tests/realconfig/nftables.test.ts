import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderNftablesRuleset } from "../../components/gateway/nftables";
import { removeTempDirs, requireBinary, requireRoot, run, tempDir } from "./helpers";
import { parseSubnet } from "../../components/net";

afterAll(removeTempDirs);

const base = {
  outsideInterface: "eth0",
  insideInterface: "eth1",
  inside: parseSubnet("bcmnetCidr", "10.148.10.0/24"),
  insideAddress: "10.148.10.1",
  egressUsers: ["debian-tor", "proxy"],
  connectionsPerClient: 128,
};

// `nft -c` parses and validates against the kernel without committing anything.
describe("nft -c -f accepts the rendered ruleset", () => {
  function check(text: string) {
    const nft = requireBinary("/usr/sbin/nft", "nftables");
    requireRoot("nft -c (needs CAP_NET_ADMIN)");
    const file = join(tempDir("nft"), "ruleset.nft");
    writeFileSync(file, text);
    return run(nft, ["-c", "-f", file]);
  }

  it.each([false, true])("forwardToOutside=%s", (forwardToOutside) => {
    const r = check(renderNftablesRuleset({ ...base, forwardToOutside }));
    expect(r.output).toBe("");
    expect(r.status).toBe(0);
  });

  it("the check is real: a bad rule fails", () => {
    const r = check(
      renderNftablesRuleset({ ...base, forwardToOutside: false }).replace("policy drop", "policy maybe"),
    );
    expect(r.status).not.toBe(0);
  });
});

// The per-client limit, in the kernel: a "gateway" namespace with the ruleset and a listener on its
// inside address, a "bcmnet" namespace with two client addresses. One client opens more than its
// share; it gets exactly the limit, the rest are reset, and the other client is still served.
describe("nftables per-client connection limit, in network namespaces", () => {
  const ns = { gw: `bcmnft-gw-${process.pid}`, lan: `bcmnft-lan-${process.pid}` };
  const ip = (...args: string[]) => run("/usr/sbin/ip", args);
  afterAll(() => {
    ip("netns", "del", ns.gw);
    ip("netns", "del", ns.lan);
  });

  it("one address gets at most connectionsPerClient connections; another is still served", () => {
    const nft = requireBinary("/usr/sbin/nft", "nftables");
    requireRoot("network namespaces");
    const python = requireBinary("/usr/bin/python3", "python3");
    for (const args of [
      ["netns", "add", ns.gw],
      ["netns", "add", ns.lan],
      ["link", "add", "eth1", "netns", ns.gw, "type", "veth", "peer", "name", "lan0", "netns", ns.lan],
      ["-n", ns.gw, "addr", "add", "10.148.10.1/24", "dev", "eth1"],
      ["-n", ns.lan, "addr", "add", "10.148.10.50/24", "dev", "lan0"],
      ["-n", ns.lan, "addr", "add", "10.148.10.51/24", "dev", "lan0"],
      ["-n", ns.gw, "link", "set", "eth1", "up"],
      ["-n", ns.gw, "link", "set", "lo", "up"],
      ["-n", ns.lan, "link", "set", "lan0", "up"],
    ]) {
      expect(ip(...args).status).toBe(0);
    }
    const file = join(tempDir("nft-limit"), "ruleset.nft");
    writeFileSync(
      file,
      renderNftablesRuleset({ ...base, forwardToOutside: false, connectionsPerClient: 16 }),
    );
    expect(run("/usr/sbin/ip", ["netns", "exec", ns.gw, nft, "-f", file]).status).toBe(0);
    // The listener accepts and holds every connection; the clients report what they got.
    const script = [
      "import socket, subprocess, sys, time",
      "server = subprocess.Popen(['ip', 'netns', 'exec', sys.argv[1], sys.argv[3], '-c',",
      "  'import socket\\ns = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\\n'",
      '  \'s.bind(("10.148.10.1", 8118)); s.listen(512); print("ready", flush=True)\\nkeep = []\\n\'',
      "  'while True:\\n    keep.append(s.accept()[0])'], stdout=subprocess.PIPE)",
      "server.stdout.readline()",
      "def connect(source):",
      "    s = socket.socket(); s.settimeout(3); s.bind((source, 0))",
      "    try:",
      "        s.connect(('10.148.10.1', 8118)); return s",
      "    except OSError:",
      "        return None",
      "flood = [connect('10.148.10.50') for _ in range(40)]",
      "other = connect('10.148.10.51')",
      "print(sum(1 for s in flood if s), 'of 40 from .50;', 'other served' if other else 'other refused')",
      "server.kill()",
    ].join("\n");
    const r = run("/usr/sbin/ip", ["netns", "exec", ns.lan, python, "-c", script, ns.gw, "", python]);
    expect(r.output.trim()).toBe("16 of 40 from .50; other served");
  });
});
