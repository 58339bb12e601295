/**
 * TEST DOUBLES for the tls and random provider plugins, used only by the engine-less e2e path
 * (tests/e2e/deploy.ts) while the Go module proxy refuses to serve the real plugins
 * (docs/engine.md). Unlike unit-test mocks they compute real values — real ECDSA P-256 keys and
 * X.509 certificates with the requested SANs, key usages and validity (made with openssl), and
 * random secrets from the OS CSPRNG — so the services deployed on LXD can be tested for real.
 * They are not providers: nothing here is used by `pulumi up`.
 */
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { revealSecrets } from "../mock-secrets";

type Inputs = Record<string, unknown>;

function openssl(args: string[], workDir: string): string {
  return execFileSync("openssl", args, { cwd: workDir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bcm-e2e-tls-"));
  try {
    return fn(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function subjectArg(subject: Inputs | undefined): string {
  const parts: string[] = [];
  if (subject?.organization) parts.push(`/O=${subject.organization}`);
  if (subject?.commonName) parts.push(`/CN=${subject.commonName}`);
  return parts.join("") || "/";
}

const KEY_USAGE: Record<string, string> = {
  digital_signature: "digitalSignature",
  key_encipherment: "keyEncipherment",
  cert_signing: "keyCertSign",
  crl_signing: "cRLSign",
};
const EXT_KEY_USAGE: Record<string, string> = { server_auth: "serverAuth", client_auth: "clientAuth" };

function extensions(inputs: Inputs, isCa: boolean): string {
  const uses = (inputs.allowedUses as string[]) ?? [];
  const lines = [`basicConstraints = critical, CA:${isCa ? "TRUE" : "FALSE"}`, "subjectKeyIdentifier = hash"];
  const keyUsage = uses.filter((u) => KEY_USAGE[u]).map((u) => KEY_USAGE[u]);
  const extKeyUsage = uses.filter((u) => EXT_KEY_USAGE[u]).map((u) => EXT_KEY_USAGE[u]);
  if (keyUsage.length) lines.push(`keyUsage = critical, ${keyUsage.join(", ")}`);
  if (extKeyUsage.length) lines.push(`extendedKeyUsage = ${extKeyUsage.join(", ")}`);
  if (!isCa) lines.push("authorityKeyIdentifier = keyid");
  return lines.join("\n") + "\n";
}

function days(inputs: Inputs): string {
  return String(Math.max(1, Math.ceil(Number(inputs.validityPeriodHours) / 24)));
}

/** Computes the state a real tls/random provider would return for these inputs. */
export function realState(type: string, wireInputs: Inputs): Inputs | undefined {
  const inputs = revealSecrets(wireInputs) as Inputs;
  switch (type) {
    case "random:index/randomPassword:RandomPassword": {
      const length = Number(inputs.length);
      const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      const result = Array.from(crypto.randomBytes(length), (b) => alphabet[b % alphabet.length]).join("");
      return { ...inputs, result };
    }
    case "random:index/randomId:RandomId": {
      const bytes = crypto.randomBytes(Number(inputs.byteLength));
      return { ...inputs, hex: bytes.toString("hex"), b64Std: bytes.toString("base64") };
    }
    case "random:index/randomBytes:RandomBytes": {
      const bytes = crypto.randomBytes(Number(inputs.length));
      return { ...inputs, base64: bytes.toString("base64"), hex: bytes.toString("hex") };
    }
    case "tls:index/privateKey:PrivateKey": {
      if (inputs.algorithm === "ED25519") {
        // As the provider: PKCS#8 PEM (privateKeyPem and privateKeyPemPkcs8 are the same for ED25519).
        const { privateKey, publicKey } = crypto.generateKeyPairSync("ed25519");
        const pem = privateKey.export({ type: "pkcs8", format: "pem" });
        return {
          ...inputs,
          privateKeyPem: pem,
          privateKeyPemPkcs8: pem,
          publicKeyPem: publicKey.export({ type: "spki", format: "pem" }),
        };
      }
      if (inputs.algorithm !== "ECDSA" || inputs.ecdsaCurve !== "P256") {
        throw new Error(
          `test double supports ECDSA P256 and ED25519 only, got ${inputs.algorithm} ${inputs.ecdsaCurve}`,
        );
      }
      const { privateKey, publicKey } = crypto.generateKeyPairSync("ec", { namedCurve: "prime256v1" });
      return {
        ...inputs,
        privateKeyPem: privateKey.export({ type: "sec1", format: "pem" }),
        privateKeyPemPkcs8: privateKey.export({ type: "pkcs8", format: "pem" }),
        publicKeyPem: publicKey.export({ type: "spki", format: "pem" }),
      };
    }
    case "tls:index/selfSignedCert:SelfSignedCert":
      return withTempDir((dir) => {
        fs.writeFileSync(path.join(dir, "key.pem"), String(inputs.privateKeyPem), { mode: 0o600 });
        const args = [
          "req",
          "-x509",
          "-new",
          "-key",
          "key.pem",
          "-subj",
          subjectArg(inputs.subject as Inputs),
        ];
        args.push("-days", days(inputs), "-config", "/dev/null");
        for (const line of extensions(inputs, Boolean(inputs.isCaCertificate)).trim().split("\n")) {
          if (!line.startsWith("authorityKeyIdentifier")) args.push("-addext", line.replace(/ = /, "="));
        }
        return { ...inputs, certPem: openssl(args, dir) };
      });
    case "tls:index/certRequest:CertRequest":
      return withTempDir((dir) => {
        fs.writeFileSync(path.join(dir, "key.pem"), String(inputs.privateKeyPem), { mode: 0o600 });
        const sans = [
          ...((inputs.dnsNames as string[]) ?? []).map((n) => `DNS:${n}`),
          ...((inputs.ipAddresses as string[]) ?? []).map((a) => `IP:${a}`),
        ];
        const args = [
          "req",
          "-new",
          "-key",
          "key.pem",
          "-subj",
          subjectArg(inputs.subject as Inputs),
          "-config",
          "/dev/null",
        ];
        if (sans.length) args.push("-addext", `subjectAltName=${sans.join(",")}`);
        return { ...inputs, certRequestPem: openssl(args, dir) };
      });
    case "tls:index/locallySignedCert:LocallySignedCert":
      return withTempDir((dir) => {
        fs.writeFileSync(path.join(dir, "req.pem"), String(inputs.certRequestPem));
        fs.writeFileSync(path.join(dir, "ca.pem"), String(inputs.caCertPem));
        fs.writeFileSync(path.join(dir, "ca-key.pem"), String(inputs.caPrivateKeyPem), { mode: 0o600 });
        fs.writeFileSync(path.join(dir, "ext.cnf"), extensions(inputs, false));
        const args = ["x509", "-req", "-in", "req.pem", "-CA", "ca.pem", "-CAkey", "ca-key.pem"];
        args.push(
          "-CAcreateserial",
          "-days",
          days(inputs),
          "-copy_extensions",
          "copy",
          "-extfile",
          "ext.cnf",
        );
        const certPem = openssl(args, dir);
        return { ...inputs, certPem };
      });
    default:
      return undefined;
  }
}
