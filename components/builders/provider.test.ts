import * as pulumi from "@pulumi/pulumi";
import {
  CONTEXT_ARCHIVE,
  buildScript,
  builderName,
  builderPrefix,
  imageBuildProvider,
  lastLines,
} from "./provider";
import { localSocket } from "./lxd-client";

const spec = {
  name: "bcm/hello",
  contextDir: "/srv/hello",
  dockerfile: "docker/Dockerfile",
  target: "final",
  buildArgs: { B: "two words", A: "it's" },
};

describe("builder names", () => {
  it("are LXD-valid, per image, with the tag's start", () => {
    expect(builderName("bcm/hello", "0123456789abcdef")).toBe("bcmb-bcm-hello-0123456789");
    expect(builderPrefix("bcm/hello")).toBe("bcmb-bcm-hello-");
    const long = builderName("a".repeat(128), "f".repeat(32));
    expect(long.length).toBeLessThanOrEqual(63);
    expect(long).toMatch(/^[a-z0-9-]+$/);
  });
});

describe("buildScript", () => {
  const script = buildScript(spec, "bcmnet:443", "t1", {
    url: "http://squid.bcmnet:3128",
    noProxy: ["bcmnet", ".bcmnet"],
  });
  it("builds the Dockerfile, target and args given, quoted, and tags for the private registry", () => {
    expect(script).toContain(
      "docker build --pull=false --build-arg 'http_proxy=http://squid.bcmnet:3128' --build-arg 'https_proxy=http://squid.bcmnet:3128'",
    );
    expect(script).toContain("--build-arg 'no_proxy=bcmnet,.bcmnet'");
    expect(script).toContain(
      "-f 'docker/Dockerfile' --target 'final' --build-arg 'A=it'\\''s' --build-arg 'B=two words' -t 'bcmnet:443/bcm/hello:t1' .",
    );
    expect(script).toContain("docker push 'bcmnet:443/bcm/hello:t1'");
  });
  it("takes the digest from the registry's answer for the pushed tag", () => {
    // curl takes a colon in --cert for a passphrase: the bundle is used from a colon-free copy.
    expect(script).toContain("cp /etc/docker/certs.d/bcmnet:443/* /root/registry-client/");
    expect(script).toMatch(/curl -sf -I .*--cert \/root\/registry-client\/client\.cert/);
    expect(script).toContain("'https://bcmnet:443/v2/bcm/hello/manifests/t1'");
    expect(script).toContain('echo "bcm-build-digest: $digest"');
  });
  it("unpacks the context pushed before the start into /build, then builds there", () => {
    const unpack = script.indexOf(`tar -xf ${CONTEXT_ARCHIVE} -C /build && rm -f ${CONTEXT_ARCHIVE}`);
    expect(unpack).toBeGreaterThan(-1);
    expect(script.indexOf("cd /build")).toBeGreaterThan(unpack);
    expect(script.indexOf("docker build")).toBeGreaterThan(unpack);
  });
  it("without Squid passes no proxy", () => {
    expect(buildScript(spec, "bcmnet:443", "t1")).not.toContain("proxy");
  });
});

describe("the provider", () => {
  it("rebuilds only when the name or the tag changes", async () => {
    const olds = { spec, tag: "t1", userData: "a" } as never;
    expect(await imageBuildProvider.diff!("id", olds, { spec, tag: "t1", userData: "b" })).toEqual({
      changes: false,
      replaces: [],
    });
    expect(await imageBuildProvider.diff!("id", olds, { spec, tag: "t2" })).toEqual({
      changes: true,
      replaces: [],
    });
    expect(
      await imageBuildProvider.diff!("id", olds, { spec: { ...spec, name: "bcm/other" }, tag: "t1" }),
    ).toEqual({
      changes: true,
      replaces: ["spec"],
    });
  });

  it("survives the SDK's serialization (what the engine stores and runs)", async () => {
    const serialized = await pulumi.runtime.serializeFunction(() => imageBuildProvider);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const requireFromString = require("require-from-string") as (code: string) => { handler: () => unknown };
    const provider = requireFromString(serialized.text).handler() as pulumi.dynamic.ResourceProvider;
    expect(Object.keys(provider).sort()).toEqual(["create", "delete", "diff", "read", "update"]);
    expect(await provider.diff!("id", { spec, tag: "t1" }, { spec, tag: "t1" })).toEqual({
      changes: false,
      replaces: [],
    });
    expect(serialized.text).not.toMatch(/PRIVATE KEY/);
  });
});

describe("lastLines and the local socket", () => {
  it("keeps the end of a build log", () => {
    expect(lastLines(Array.from({ length: 40 }, (_, i) => `l${i}`).join("\n") + "\n", 3)).toBe(
      "l37\nl38\nl39",
    );
  });
  it("finds the daemon like lxc does", () => {
    expect(localSocket({ LXD_SOCKET: "/x.sock" })).toBe("/x.sock");
    expect(localSocket({ LXD_DIR: "/var/lib/lxd-b" })).toBe("/var/lib/lxd-b/unix.socket");
    expect(localSocket({})).toBe("/var/lib/lxd/unix.socket");
  });
});

describe("instanceNames", () => {
  it("reads names from LXD's instance URLs, project query and all", async () => {
    const http = await import("http");
    const fs = await import("fs");
    const os = await import("os");
    const path = await import("path");
    const socket = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bcm-lxd-")), "unix.socket");
    const server = http.createServer((_req, res) => {
      res.setHeader("content-type", "application/json");
      res.end(
        JSON.stringify({
          type: "sync",
          metadata: [
            "/1.0/instances/bcmb-bcm-hello-0123456789?project=bcm-e2e",
            "/1.0/instances/gateway?project=bcm-e2e",
          ],
        }),
      );
    });
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    const previous = process.env.LXD_SOCKET;
    process.env.LXD_SOCKET = socket;
    try {
      const { instanceNames } = await import("./lxd-client");
      expect(await instanceNames({}, "bcm-e2e")).toEqual(["bcmb-bcm-hello-0123456789", "gateway"]);
    } finally {
      if (previous === undefined) delete process.env.LXD_SOCKET;
      else process.env.LXD_SOCKET = previous;
      server.close();
    }
  });
});
