import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { SealError, checkPassphrase, open, passphraseFromEnvironment, seal } from "./seal";

// A cheap scrypt cost for tests: the layout and checks are the same at any cost.
const CHEAP = { log2N: 10, r: 8, p: 1 };

describe("sealed backup payloads", () => {
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "seal-"));
    fs.writeFileSync(file("plain"), Buffer.concat([Buffer.from("secret-needle "), Buffer.alloc(200_000, 7)]));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const errorOf = async (run: () => Promise<void> | void): Promise<SealError> => {
    try {
      await run();
    } catch (err) {
      if (err instanceof SealError) return err;
      throw err;
    }
    throw new Error("no SealError thrown");
  };

  test("round trip gives the bytes back; the sealed file holds no plaintext", async () => {
    await seal(file("plain"), file("sealed"), "correct horse", CHEAP);
    expect(fs.readFileSync(file("sealed")).includes("secret-needle")).toBe(false);
    expect(fs.statSync(file("sealed")).mode & 0o777).toBe(0o600);
    await open(file("sealed"), file("out"), "correct horse");
    expect(fs.readFileSync(file("out")).equals(fs.readFileSync(file("plain")))).toBe(true);
  });

  test("a wrong passphrase is told apart (3) before anything is written", async () => {
    await seal(file("plain"), file("sealed"), "correct horse", CHEAP);
    expect((await errorOf(() => checkPassphrase(file("sealed"), "battery staple"))).code).toBe(3);
    expect((await errorOf(() => open(file("sealed"), file("out"), "battery staple"))).code).toBe(3);
    expect(fs.existsSync(file("out"))).toBe(false);
  });

  test("a truncated or altered file fails authentication (4) and leaves no output", async () => {
    await seal(file("plain"), file("sealed"), "correct horse", CHEAP);
    const whole = fs.readFileSync(file("sealed"));
    fs.writeFileSync(file("short"), whole.subarray(0, whole.length - 1000));
    expect((await errorOf(() => open(file("short"), file("out"), "correct horse"))).code).toBe(4);
    expect(fs.existsSync(file("out"))).toBe(false);
    const flipped = Buffer.from(whole);
    flipped[whole.length - 500] ^= 1;
    fs.writeFileSync(file("flipped"), flipped);
    expect((await errorOf(() => open(file("flipped"), file("out"), "correct horse"))).code).toBe(4);
    expect(fs.existsSync(file("out"))).toBe(false);
    fs.writeFileSync(file("tiny"), whole.subarray(0, 40));
    expect((await errorOf(() => checkPassphrase(file("tiny"), "correct horse"))).code).toBe(4);
    expect((await errorOf(() => checkPassphrase(file("plain"), "correct horse"))).code).toBe(4);
  });

  test("never overwrites: an existing output is refused", async () => {
    fs.writeFileSync(file("sealed"), "already here");
    await expect(seal(file("plain"), file("sealed"), "correct horse", CHEAP)).rejects.toThrow(/EEXIST/);
    expect(fs.readFileSync(file("sealed"), "utf8")).toBe("already here");
  });

  test("the passphrase comes from the environment only, and must not be empty", async () => {
    expect(passphraseFromEnvironment({ PULUMI_CONFIG_PASSPHRASE: "p" })).toBe("p");
    expect(() => passphraseFromEnvironment({})).toThrow(/BCM_PASSPHRASE_GPG/);
    expect((await errorOf(() => seal(file("plain"), file("x"), "", CHEAP))).code).toBe(2);
  });
});
