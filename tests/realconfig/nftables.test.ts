import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderNftablesRuleset } from "../../components/gateway/nftables";
import { removeTempDirs, requireBinary, requireRoot, run, tempDir } from "./helpers";
import { parseSubnet } from "../../components/net";

afterAll(removeTempDirs);

// `nft -c` parses and validates against the kernel without committing anything.
describe("nft -c -f accepts the rendered ruleset", () => {
  function check(text: string) {
    const nft = requireBinary("/usr/sbin/nft", "nftables");
    requireRoot("nft -c (needs CAP_NET_ADMIN)");
    const file = join(tempDir("nft"), "ruleset.nft");
    writeFileSync(file, text);
    return run(nft, ["-c", "-f", file]);
  }
  const base = {
    outsideInterface: "eth0",
    insideInterface: "eth1",
    inside: parseSubnet("bcmnetCidr", "10.148.10.0/24"),
    insideAddress: "10.148.10.1",
    egressUsers: ["debian-tor", "proxy"],
  };

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
