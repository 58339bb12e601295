import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { selfSigned } from "../../tests/self-signed";
import { ConfigError } from "../config-error";
import { TrustToken } from "./token";
import {
  certificateFingerprint,
  decideTrust,
  derToPem,
  judgeServerCertificate,
  trustRefused,
  trustRequestBody,
} from "./trust";

const A = "aa".repeat(32);
const B = "bb".repeat(32);
const token = (over: Partial<TrustToken> = {}): TrustToken => ({
  clientName: "laptop",
  fingerprint: A,
  addresses: [],
  secret: "s",
  ...over,
});

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error("expected a ConfigError");
}

describe("fingerprints", () => {
  it("is openssl's SHA-256 fingerprint, lower case without colons, and survives DER -> PEM", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-fp-"));
    try {
      const { certPem: pem, certFile } = selfSigned(dir, "t", 1);
      const openssl = execFileSync(
        "openssl",
        ["x509", "-in", certFile, "-noout", "-fingerprint", "-sha256"],
        {
          encoding: "utf8",
        },
      );
      const expected = openssl.split("=")[1].trim().replace(/:/g, "").toLowerCase();
      expect(certificateFingerprint(pem)).toBe(expected);
      const der = execFileSync("openssl", ["x509", "-in", certFile, "-outform", "DER"]);
      expect(certificateFingerprint(derToPem(der))).toBe(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the server certificate", () => {
  const endpoint = "10.0.0.5:8443";
  it("is verified by the token's fingerprint, whatever lxdAcceptRemoteCertificate says", () => {
    expect(
      judgeServerCertificate({ endpoint, presented: A, token: token(), acceptRemoteCertificate: false }),
    ).toEqual({
      verifiedBy: "token",
    });
    const e = configError(() =>
      judgeServerCertificate({ endpoint, presented: B, token: token(), acceptRemoteCertificate: true }),
    );
    expect(e.key).toBe("lxdRemoteTrustToken");
    expect(e.message).toContain(`presents a server certificate with fingerprint ${B}`);
    expect(e.message).toContain(`fingerprint ${A}`);
  });
  it("without a token: accepted only with lxdAcceptRemoteCertificate", () => {
    expect(judgeServerCertificate({ endpoint, presented: B, acceptRemoteCertificate: true })).toEqual({
      verifiedBy: "accepted-unverified",
    });
    const e = configError(() =>
      judgeServerCertificate({ endpoint, presented: B, acceptRemoteCertificate: false }),
    );
    expect(e.key).toBe("lxdAcceptRemoteCertificate");
    expect(e.message).toContain(`${endpoint} (fingerprint ${B})`);
    expect(e.message).toContain("bcm:lxdRemoteTrustToken");
  });
});

describe("the client identity", () => {
  const base = {
    endpoint: "h:8443",
    clientFingerprint: B,
    hasPassword: false,
    dryRun: false,
    now: new Date(0),
  };
  it("needs nothing when trusted, not even an expired token", () => {
    expect(
      decideTrust({ ...base, auth: "trusted", token: token({ expiresAt: new Date(-1).toISOString() }) }),
    ).toEqual({
      action: "none",
    });
    expect(decideTrust({ ...base, auth: "trusted" })).toEqual({ action: "none" });
  });
  it("asks with the token at up, announces it in a preview", () => {
    expect(decideTrust({ ...base, auth: "untrusted", token: token() })).toEqual({
      action: "request",
      credential: "token",
    });
    expect(decideTrust({ ...base, auth: "untrusted", token: token(), dryRun: true })).toEqual({
      action: "request-at-up",
      credential: "token",
    });
    expect(decideTrust({ ...base, auth: "untrusted", hasPassword: true })).toEqual({
      action: "request",
      credential: "password",
    });
  });
  it("refuses an expired token while untrusted, in a preview too", () => {
    const e = configError(() =>
      decideTrust({
        ...base,
        auth: "untrusted",
        dryRun: true,
        token: token({ expiresAt: new Date(-1000).toISOString() }),
      }),
    );
    expect(e.key).toBe("lxdRemoteTrustToken");
    expect(e.message).toMatch(/expired at 1969-12-31T23:59:59.000Z/);
  });
  it("names the fingerprint and what to do when untrusted without a token", () => {
    const e = configError(() => decideTrust({ ...base, auth: "untrusted" }));
    expect(e.key).toBe("lxdRemoteTrustToken");
    expect(e.message).toContain(`(fingerprint ${B})`);
    expect(e.message).toContain("pulumi config set --secret bcm:lxdRemoteTrustToken");
  });
  it("sends the token as trust_token where LXD knows it, else as password (LXD 5.0)", () => {
    expect(trustRequestBody({ credential: "token", value: "T", explicitTrustToken: true })).toEqual({
      type: "client",
      trust_token: "T",
    });
    expect(trustRequestBody({ credential: "token", value: "T", explicitTrustToken: false })).toEqual({
      type: "client",
      password: "T",
    });
    expect(trustRequestBody({ credential: "password", value: "P", explicitTrustToken: true })).toEqual({
      type: "client",
      password: "P",
    });
  });
  it("reports LXD's own refusal, naming the setting", () => {
    const e = trustRefused({
      endpoint: "h:8443",
      credential: "token",
      status: 403,
      message: "No matching certificate add operation found",
    });
    expect(e.key).toBe("lxdRemoteTrustToken");
    expect(e.message).toContain('LXD answered 403 "No matching certificate add operation found"');
    expect(
      trustRefused({ endpoint: "h", credential: "password", status: 403, message: "not authorized" }).key,
    ).toBe("lxdRemoteTrustPassword");
  });
});
