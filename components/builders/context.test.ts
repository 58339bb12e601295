import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { execFileSync } from "child_process";
import { buildTag, contextArchive, readContext } from "./context";
import { ImageSpec } from "./settings";

let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-builders-context-"));
  fs.mkdirSync(path.join(tmp, "src", "lib"), { recursive: true });
  fs.mkdirSync(path.join(tmp, "empty"));
  fs.mkdirSync(path.join(tmp, ".git", "objects"), { recursive: true });
  fs.writeFileSync(path.join(tmp, "Dockerfile"), "FROM scratch\nCOPY . /\n");
  fs.writeFileSync(path.join(tmp, "src", "main.sh"), "#!/bin/sh\necho hello\n", { mode: 0o755 });
  fs.writeFileSync(path.join(tmp, "src", "lib", "data.txt"), "data\n", { mode: 0o600 });
  fs.writeFileSync(path.join(tmp, "src.txt"), "sorted before src/ by path\n");
  fs.writeFileSync(path.join(tmp, ".git", "HEAD"), "ref: refs/heads/main\n");
  fs.mkdirSync(path.join(tmp, "src", ".git"));
  fs.writeFileSync(path.join(tmp, "src", ".git", "kept"), "only the top-level .git is skipped\n");
});

afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

const spec = (overrides: Partial<ImageSpec> = {}): ImageSpec => ({
  name: "bcm/hello",
  contextDir: tmp,
  dockerfile: "Dockerfile",
  buildArgs: {},
  ...overrides,
});

describe("readContext", () => {
  it("reads every regular file, sorted by posix path, with its mode; skips the top-level .git", () => {
    const files = readContext(spec());
    expect(files.map((f) => [f.path, f.mode])).toEqual([
      ["Dockerfile", 0o644],
      ["src.txt", 0o644],
      ["src/.git/kept", 0o644],
      ["src/lib/data.txt", 0o644],
      ["src/main.sh", 0o755],
    ]);
    expect(files[0].content).toEqual(Buffer.from("FROM scratch\nCOPY . /\n"));
    expect(files.some((f) => f.path.startsWith(".git/"))).toBe(false);
  });

  it("keeps binary content byte for byte", () => {
    const bytes = Buffer.from([0, 255, 10, 13, 128]);
    fs.writeFileSync(path.join(tmp, "blob.bin"), bytes);
    expect(readContext(spec()).find((f) => f.path === "blob.bin")?.content).toEqual(bytes);
  });

  it("refuses a symlink, naming the image and the path", () => {
    fs.symlinkSync("../Dockerfile", path.join(tmp, "src", "link"));
    expect(() => readContext(spec())).toThrow(
      `image bcm/hello: "src/link" in the context ${tmp} is a symlink; only regular files and directories can be sent to the builder`,
    );
  });

  it("refuses a symlinked directory", () => {
    fs.symlinkSync(os.tmpdir(), path.join(tmp, "tmp"));
    expect(() => readContext(spec())).toThrow(/"tmp" in the context .* is a symlink/);
  });

  it("refuses a context whose Dockerfile is not among its files", () => {
    expect(() => readContext(spec({ dockerfile: "docker/Dockerfile" }))).toThrow(
      /image bcm\/hello: the Dockerfile "docker\/Dockerfile" is not a regular file in the context/,
    );
  });
});

describe("buildTag", () => {
  const tagOf = (overrides: Partial<ImageSpec> = {}) => {
    const s = spec(overrides);
    return buildTag(s, readContext(s));
  };

  it("is 32 lower-case hex digits, stable across two reads", () => {
    const first = tagOf();
    expect(first).toMatch(/^[0-9a-f]{32}$/);
    expect(tagOf()).toBe(first);
  });

  it("does not depend on the order of the files given, nor on the image name", () => {
    const s = spec();
    const files = readContext(s);
    expect(buildTag(s, [...files].reverse())).toBe(buildTag(s, files));
    expect(buildTag({ ...s, name: "bcm/other" }, files)).toBe(buildTag(s, files));
  });

  it("does not depend on the .git directory", () => {
    const before = tagOf();
    fs.writeFileSync(path.join(tmp, ".git", "HEAD"), "ref: refs/heads/other\n");
    expect(tagOf()).toBe(before);
  });

  it("changes when one byte of one file changes", () => {
    const before = tagOf();
    fs.writeFileSync(path.join(tmp, "src", "lib", "data.txt"), "dato\n");
    expect(tagOf()).not.toBe(before);
  });

  it("changes when a file's mode changes", () => {
    const before = tagOf();
    fs.chmodSync(path.join(tmp, "src", "lib", "data.txt"), 0o700);
    expect(readContext(spec()).find((f) => f.path === "src/lib/data.txt")?.mode).toBe(0o755);
    expect(tagOf()).not.toBe(before);
  });

  it("changes when a file is renamed, added or removed", () => {
    const before = tagOf();
    fs.renameSync(path.join(tmp, "src.txt"), path.join(tmp, "src2.txt"));
    const renamed = tagOf();
    expect(renamed).not.toBe(before);
    fs.writeFileSync(path.join(tmp, "empty", "new"), "");
    const added = tagOf();
    expect(added).not.toBe(renamed);
    fs.rmSync(path.join(tmp, "empty", "new"));
    expect(tagOf()).toBe(renamed);
  });

  it("changes with the dockerfile path, the target and the args", () => {
    fs.copyFileSync(path.join(tmp, "Dockerfile"), path.join(tmp, "Other.Dockerfile"));
    const plain = tagOf();
    const tags = [
      plain,
      tagOf({ dockerfile: "Other.Dockerfile" }),
      tagOf({ target: "release" }),
      tagOf({ target: "debug" }),
      tagOf({ buildArgs: { A: "1" } }),
      tagOf({ buildArgs: { A: "2" } }),
      tagOf({ buildArgs: { A: "" } }),
      tagOf({ buildArgs: { B: "1" } }),
      tagOf({ buildArgs: { A: "1", B: "1" } }),
    ];
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("does not depend on the order the args were given in", () => {
    expect(tagOf({ buildArgs: { A: "1", B: "2" } })).toBe(tagOf({ buildArgs: { B: "2", A: "1" } }));
  });
});

describe("contextArchive", () => {
  // GNU tar (as in the builder) is the judge: it lists and extracts what the archive holds.
  const extract = (archive: Buffer) => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-builders-archive-"));
    const file = path.join(out, "..", `${path.basename(out)}.tar`);
    fs.writeFileSync(file, archive);
    try {
      execFileSync("tar", ["-xf", file, "-C", out]);
      const listing = execFileSync("tar", ["-tvf", file, "--numeric-owner", "--full-time"], {
        encoding: "utf8",
      });
      return { out, listing };
    } finally {
      fs.rmSync(file);
    }
  };

  it("extracts with tar to the same files, bytes and modes as the context, owned by root", () => {
    const deep = ["a".repeat(60), "b".repeat(60), "ünïcode ñame"].join("/");
    fs.mkdirSync(path.join(tmp, path.dirname(deep)), { recursive: true });
    fs.writeFileSync(path.join(tmp, deep), Buffer.from([0, 1, 2, 255]));
    fs.writeFileSync(path.join(tmp, "big.bin"), Buffer.alloc(1536 + 7, 0x5a));
    fs.writeFileSync(path.join(tmp, "empty.txt"), "");
    const files = readContext(spec());
    expect(Buffer.byteLength(deep)).toBeGreaterThan(100);
    const { out, listing } = extract(contextArchive(files));
    try {
      for (const file of files) {
        const got = path.join(out, file.path);
        expect([file.path, fs.readFileSync(got)]).toEqual([file.path, file.content]);
        expect([file.path, fs.statSync(got).mode & 0o777]).toEqual([file.path, file.mode]);
      }
      const lines = listing.trimEnd().split("\n");
      expect(lines).toHaveLength(files.length);
      for (const line of lines) expect(line).toMatch(/^-rw[-x]r-[-x]r-[-x] 0\/0 .* 1970-01-01 /);
      expect(lines.some((line) => line.endsWith(deep))).toBe(true);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it("gives the same bytes for the same files, other bytes when one changes", () => {
    const first = contextArchive(readContext(spec()));
    expect(first.length % 512).toBe(0);
    expect(contextArchive(readContext(spec()))).toEqual(first);
    fs.writeFileSync(path.join(tmp, "src.txt"), "changed\n");
    expect(contextArchive(readContext(spec()))).not.toEqual(first);
  });
});
