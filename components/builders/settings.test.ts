import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ConfigError, DEFAULTS, RawConfig, parseConfig } from "../config";
import { PROJECT_ROOT, parseImageSpec } from "./settings";
import { configErrorOf } from "../../tests/config-error-of";

let tmp: string;
/** A context with a Dockerfile at the top and one in a subdirectory. */
let ctx: string;
/** A directory without a Dockerfile. */
let bare: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-builders-settings-"));
  ctx = path.join(tmp, "hello");
  fs.mkdirSync(path.join(ctx, "docker"), { recursive: true });
  fs.writeFileSync(path.join(ctx, "Dockerfile"), "FROM scratch\n");
  fs.writeFileSync(path.join(ctx, "docker", "Release.Dockerfile"), "FROM scratch AS release\n");
  fs.writeFileSync(path.join(tmp, "outside.Dockerfile"), "FROM scratch\n");
  fs.symlinkSync("Dockerfile", path.join(ctx, "Linked.Dockerfile"));
  bare = path.join(tmp, "bare");
  fs.mkdirSync(bare);
  fs.writeFileSync(path.join(tmp, "plain-file"), "not a directory\n");
});

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const base: RawConfig = { ...DEFAULTS, outsideMode: "macvlan", outsideParentNic: "enp1s0" };

function parse(overrides: Partial<RawConfig>) {
  return parseConfig({ ...base, ...overrides });
}

/** Asserts a ConfigError naming the key and the whole bad value, and saying why. */
function expectRejected(images: string[], key: string, reason: RegExp) {
  const error = configErrorOf(() => parse({ images }));
  const message = error.message;
  expect(message).toContain(`bcm:${key} = `);
  expect(error.key).toBe(key);
  expect(message).toContain(JSON.stringify(images[Number(/\[(\d+)\]/.exec(key)?.[1])]));
  expect(message).toMatch(reason);
  return message;
}

describe("defaults", () => {
  it("build nothing, one builder at a time, 2 CPUs, 2 GiB memory, 10 GiB disk", () => {
    expect(DEFAULTS.images).toEqual([]);
    expect(parse({}).builds).toEqual({
      images: [],
      parallel: 1,
      limits: { cpus: 2, memoryMb: 2048, diskGb: 10 },
    });
  });

  it("relative contexts start at the project root, the directory holding Pulumi.yaml", () => {
    expect(fs.existsSync(path.join(PROJECT_ROOT, "Pulumi.yaml"))).toBe(true);
  });
});

describe("images: accepted", () => {
  it("an absolute context, with the default Dockerfile", () => {
    expect(parse({ images: [`bcm/hello ${ctx}`] }).builds.images).toEqual([
      { name: "bcm/hello", contextDir: ctx, dockerfile: "Dockerfile", buildArgs: {} },
    ]);
  });

  it("a context relative to the project root", () => {
    const relative = path.relative(PROJECT_ROOT, ctx);
    expect(path.isAbsolute(relative)).toBe(false);
    const [image] = parse({ images: [`bcm/hello ${relative}`] }).builds.images;
    expect(image.contextDir).toBe(ctx);
    expect(path.isAbsolute(image.contextDir)).toBe(true);
  });

  it("dockerfile=, target= and several args, an empty value among them", () => {
    const spec = parseImageSpec(
      `registry.lan/bcm/hello-world_2.x ${ctx} dockerfile=./docker/Release.Dockerfile target=release arg=A= arg=VERSION=1.2.3 arg=_opt=a=b`,
      "images[0]",
    );
    expect(spec).toEqual({
      name: "registry.lan/bcm/hello-world_2.x",
      contextDir: ctx,
      dockerfile: "docker/Release.Dockerfile",
      target: "release",
      buildArgs: { A: "", VERSION: "1.2.3", _opt: "a=b" },
    });
  });

  it("a dockerfile path that goes up and comes back inside the context", () => {
    expect(parseImageSpec(`bcm/hello ${ctx} dockerfile=docker/../Dockerfile`, "k").dockerfile).toBe(
      "Dockerfile",
    );
  });

  it("several images, builder limits and parallelism", () => {
    const builds = parse({
      images: [`bcm/one ${ctx}`, `bcm/two ${ctx} target=release`],
      builderParallelism: 3,
      builderCpus: 4,
      builderMemoryMb: 4096,
      builderDiskGb: 20,
    }).builds;
    expect(builds.images.map((i) => i.name)).toEqual(["bcm/one", "bcm/two"]);
    expect(builds.parallel).toBe(3);
    expect(builds.limits).toEqual({ cpus: 4, memoryMb: 4096, diskGb: 20 });
  });

  it("extra whitespace between tokens", () => {
    expect(parseImageSpec(`  bcm/hello   ${ctx}\ttarget=a  `, "k").target).toBe("a");
  });
});

describe("images: refused", () => {
  it("a missing context directory", () => {
    const missing = path.join(tmp, "missing");
    expectRejected([`bcm/hello ${missing}`], "images[0]", /context directory ".*missing" does not exist/);
  });

  it("a relative context that does not exist, with where it was looked for", () => {
    const message = expectRejected(
      [`bcm/hello ${ctx}`, "bcm/other no-such-context-dir"],
      "images[1]",
      /context directory "no-such-context-dir" \(.*\) does not exist/,
    );
    expect(message).toContain(path.join(PROJECT_ROOT, "no-such-context-dir"));
  });

  it("a context that is a file", () => {
    expectRejected([`bcm/hello ${path.join(tmp, "plain-file")}`], "images[0]", /is not a directory/);
  });

  it("a directory without a Dockerfile", () => {
    expectRejected([`bcm/hello ${bare}`], "images[0]", /has no Dockerfile "Dockerfile"/);
    expectRejected(
      [`bcm/hello ${ctx} dockerfile=docker/Nope`],
      "images[0]",
      /has no Dockerfile "docker\/Nope"/,
    );
  });

  it("a Dockerfile that is a directory or a symlink", () => {
    expectRejected(
      [`bcm/hello ${ctx} dockerfile=docker/.`],
      "images[0]",
      /is a directory, not a regular file/,
    );
    expectRejected(
      [`bcm/hello ${ctx} dockerfile=Linked.Dockerfile`],
      "images[0]",
      /is a symlink, not a regular file/,
    );
  });

  it.each(["../outside.Dockerfile", "docker/../../outside.Dockerfile", ".."])(
    "a Dockerfile path escaping the context: %s",
    (dockerfile) => {
      expectRejected(
        [`bcm/hello ${ctx} dockerfile=${dockerfile}`],
        "images[0]",
        /leaves the context: it must be a file inside the context directory/,
      );
    },
  );

  it("an absolute or empty Dockerfile path", () => {
    expectRejected(
      [`bcm/hello ${ctx} dockerfile=${path.join(ctx, "Dockerfile")}`],
      "images[0]",
      /is absolute: expected a path relative to the context/,
    );
    expectRejected([`bcm/hello ${ctx} dockerfile=`], "images[0]", /dockerfile= is empty/);
  });

  it.each([
    ["Bad/Name", /image name "Bad\/Name" has upper-case letters/],
    ["a//b", /image name "a\/\/b" has a double "\/" \(an empty path component\)/],
    ["/a", /has a leading "\/"/],
    ["a/", /has a trailing "\/"/],
    ["bcm/-hello", /has the path component "-hello"/],
    ["bcm/hello..world", /has the path component "hello..world"/],
    ["bcm/hello:1.0", /has the path component "hello:1.0"/],
    [`bcm/${"a".repeat(125)}`, /is 129 characters long, at most 128 are allowed/],
  ])("a bad name %s", (name, reason) => {
    expectRejected([`${name} ${ctx}`], "images[0]", reason);
  });

  it("a duplicate name, naming it and the first use", () => {
    expectRejected(
      [`bcm/one ${ctx}`, `bcm/hello ${ctx}`, `bcm/hello ${ctx} target=release`],
      "images[2]",
      /image name "bcm\/hello" is already used by images\[1\]/,
    );
  });

  it("an arg without =", () => {
    expectRejected(
      [`bcm/hello ${ctx} arg=NOVALUE`],
      "images[0]",
      /arg "NOVALUE" has no "=": expected arg=KEY=value \(the value may be empty, as in arg=NOVALUE=\)/,
    );
  });

  it.each([
    ["arg=1X=a", /build arg name "1X" is not valid/],
    ["arg==a", /build arg name "" is not valid/],
    ["arg=A-B=a", /build arg name "A-B" is not valid/],
    ["arg=A=1 arg=A=2", /build arg A is given twice/],
    ["target=-x", /target "-x" is not a build stage name/],
    ["target=", /target "" is not a build stage name/],
    ["target=a target=b", /target= is given twice/],
    ["dockerfile=Dockerfile dockerfile=Dockerfile", /dockerfile= is given twice/],
  ])("a bad option %s", (option, reason) => {
    expectRejected([`bcm/hello ${ctx} ${option}`], "images[0]", reason);
  });

  it.each(["foo", "dockerfile", "arg", "Target=x", "build-arg=A=1"])("an unknown token %s", (token) => {
    expectRejected(
      [`bcm/hello ${ctx} ${token}`],
      "images[0]",
      new RegExp(
        `unknown token "${token}": after the name and the context, expected dockerfile=<path>, target=<stage> or arg=KEY=value`,
      ),
    );
  });

  it("a missing context, or an empty item", () => {
    expectRejected(["bcm/hello"], "images[0]", /the context directory is missing/);
    expectRejected([" "], "images[0]", /it is empty/);
  });
});

describe("builder limits", () => {
  it.each([
    ["builderParallelism", 0, /from 1 to 8/],
    ["builderParallelism", 9, /from 1 to 8/],
    ["builderCpus", 0, /from 1 to 64/],
    ["builderCpus", 65, /from 1 to 64/],
    ["builderMemoryMb", 255, /of at least 256/],
    ["builderDiskGb", 1, /from 2 to 1000/],
    ["builderDiskGb", 1001, /from 2 to 1000/],
    ["builderCpus", 1.5, /from 1 to 64/],
  ] as const)("refuse %s = %s", (key, value, reason) => {
    expect(() => parse({ [key]: value })).toThrow(ConfigError);
    expect(() => parse({ [key]: value })).toThrow(`bcm:${key} = ${value}`);
    expect(() => parse({ [key]: value })).toThrow(reason);
  });

  it("accept the bounds", () => {
    const builds = parse({
      builderParallelism: 8,
      builderCpus: 64,
      builderMemoryMb: 256,
      builderDiskGb: 1000,
    }).builds;
    expect(builds.parallel).toBe(8);
    expect(builds.limits).toEqual({ cpus: 64, memoryMb: 256, diskGb: 1000 });
  });
});
