import * as pulumi from "@pulumi/pulumi";
import { ConfigError } from "../config-error";
import { TrustToken, checkNotExpired, decodeTrustToken } from "./token";

// Issued by LXD 5.0.2 on this project's machine (`lxc config trust add --name probe-token`, with
// core.remote_token_expiry 1H), then used: it grants nothing any more.
const LXD_502_TOKEN =
  "eyJjbGllbnRfbmFtZSI6InByb2JlLXRva2VuIiwiZmluZ2VycHJpbnQiOiIzMWNlYmM5MzcwZjIwYTlhY2JhNTNhZDAyMjA0OGNhYmQ1OWM1ZDA5YmI1MWFmNWNlZDA2MWM4YmQyNDFiY2YyIiwiYWRkcmVzc2VzIjpbIjEyNy4wLjAuMTo4NDQzIl0sInNlY3JldCI6ImFiZmVhN2U3NzNiYjUzODkyYzAxZTVkY2E2NzJhN2MzZDIzOWMzYjJmMzMwOWQ5Y2M0ZDIwN2Q2MDk0ZTUzNjciLCJleHBpcmVzX2F0IjoiMjAyNi0xMS0yM1QxMTo1ODo0MS42MDEwMjEwMDZaIn0=";

const encode = (o: unknown) => Buffer.from(JSON.stringify(o)).toString("base64");
const FP = "ab".repeat(32);

function rejected(token: string, why: RegExp): void {
  let error: unknown;
  try {
    decodeTrustToken(token);
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(ConfigError);
  const e = error as ConfigError;
  expect(e.key).toBe("lxdRemoteTrustToken");
  // The token is a secret: never in the message.
  expect(e.value).toBe("[secret]");
  expect(e.message).toMatch(why);
  if (token.length > 8) expect(e.message).not.toContain(token);
}

describe("LXD trust tokens", () => {
  it("decodes a token LXD 5.0.2 issued", () => {
    expect(decodeTrustToken(LXD_502_TOKEN)).toEqual({
      clientName: "probe-token",
      fingerprint: "31cebc9370f20a9acba53ad022048cabd59c5d09bb51af5ced061c8bd241bcf2",
      addresses: ["127.0.0.1:8443"],
      secret: "abfea7e773bb53892c01e5dca672a7c3d239c3b2f3309d9cc4d207d6094e5367",
      expiresAt: "2026-11-23T11:58:41.601Z",
    });
  });
  it("takes Go's zero time and a missing expires_at as no expiry", () => {
    expect(
      decodeTrustToken(encode({ fingerprint: FP, secret: "s", expires_at: "0001-01-01T00:00:00Z" }))
        .expiresAt,
    ).toBeUndefined();
    expect(decodeTrustToken(encode({ fingerprint: FP, secret: "s" })).expiresAt).toBeUndefined();
  });
  it("ignores surrounding white space (a pasted line)", () => {
    expect(decodeTrustToken(`  ${LXD_502_TOKEN}\n`).clientName).toBe("probe-token");
  });
  it.each([
    ["", /empty/],
    ["not a token!", /not base64/],
    [Buffer.from("hello").toString("base64"), /does not hold JSON/],
    [encode([1, 2]), /not an object/],
    [encode({ secret: "s" }), /fingerprint/],
    [encode({ fingerprint: "abc", secret: "s" }), /fingerprint/],
    [encode({ fingerprint: FP }), /no secret/],
    [encode({ fingerprint: FP, secret: "s", expires_at: "soon" }), /expires_at/],
  ])("refuses %j", (token, why) => rejected(token, why));
  it("refuses a token past its expiry, and not one before it", () => {
    const token = decodeTrustToken(LXD_502_TOKEN);
    expect(() => checkNotExpired(token, new Date("2026-11-23T11:58:00Z"))).not.toThrow();
    expect(() => checkNotExpired(token, new Date("2026-11-23T11:59:00Z"))).toThrow(
      /bcm:lxdRemoteTrustToken = "\[secret\]": the token expired at 2026-11-23T11:58:41.601Z/,
    );
    expect(() =>
      checkNotExpired(decodeTrustToken(encode({ fingerprint: FP, secret: "s" })), new Date(8e15)),
    ).not.toThrow();
  });
  it("survives a trip through a Pulumi output, which copies plain data only", async () => {
    const copied = await new Promise<TrustToken>((resolve) =>
      pulumi.output(decodeTrustToken(LXD_502_TOKEN)).apply(resolve),
    );
    expect(() => checkNotExpired(copied, new Date("2026-11-24T00:00:00Z"))).toThrow(/the token expired at/);
  });
});
