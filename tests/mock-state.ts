/**
 * What the providers answer for each resource, under the Pulumi mocks of the unit tests and of
 * `scripts/bench.sh program` (scripts/bench-program.js): keys and certificates of the right
 * shape, passwords, the instance attributes terraform-lxd computes (tests/e2e/provider-state.ts)
 * and the image builder's digest.
 */
import { generateKeyPairSync, randomBytes } from "crypto";
import { providerInstanceState } from "./e2e/provider-state";

const FAKE_PEM = (label: string, name: string) =>
  `-----BEGIN ${label}-----\nFAKE-${name}\n-----END ${label}-----\n`;

export function mockResourceState(
  type: string,
  name: string,
  inputs: Record<string, unknown>,
): Record<string, unknown> {
  const state: Record<string, unknown> = { ...inputs };
  switch (type) {
    case "tls:index/privateKey:PrivateKey":
      if (inputs.algorithm === "ED25519") {
        // Onion identities are parsed (Tor's key files): a real key, as the provider makes.
        state.privateKeyPemPkcs8 = generateKeyPairSync("ed25519").privateKey.export({
          type: "pkcs8",
          format: "pem",
        });
      } else {
        state.privateKeyPem = FAKE_PEM("PRIVATE KEY", name);
      }
      break;
    case "random:index/randomBytes:RandomBytes":
      state.base64 = randomBytes(Number(inputs.length)).toString("base64");
      break;
    case "tls:index/selfSignedCert:SelfSignedCert":
    case "tls:index/locallySignedCert:LocallySignedCert":
      state.certPem = FAKE_PEM("CERTIFICATE", name);
      break;
    case "tls:index/certRequest:CertRequest":
      state.certRequestPem = FAKE_PEM("CERTIFICATE REQUEST", name);
      break;
    case "random:index/randomPassword:RandomPassword":
      state.result = `password-of-${name}-0123456789abcdef`;
      break;
    case "random:index/randomId:RandomId":
      state.hex = "0011223344556677";
      break;
    case "pulumi-nodejs:dynamic:Resource":
      // What the image builder answers after the push (components/builders/provider.ts).
      if (name.startsWith("image-")) {
        state.ref = `bcmnet:443/${(inputs.spec as { name: string }).name}@sha256:${"ab".repeat(32)}`;
      }
      break;
    case "lxd:index/instance:Instance": {
      // What terraform-lxd computes from LXD's view of the instance (tests/e2e/provider-state.ts).
      const config = (inputs.config ?? {}) as Record<string, string>;
      const nic = (hwaddr: string, address: string) => ({
        hwaddr,
        addresses: [{ address, family: "inet", scope: "global" }],
      });
      Object.assign(
        state,
        providerInstanceState({
          config,
          expandedConfig: config,
          network:
            name === "gateway"
              ? {
                  eth0: nic("00:16:3e:00:00:01", "10.149.20.150"),
                  eth1: nic("00:16:3e:00:00:02", "10.149.10.1"),
                }
              : { eth0: nic("00:16:3e:00:00:03", "10.149.10.50") },
        }),
      );
      break;
    }
  }
  return state;
}

/** The stack configuration the program runs with under these mocks. */
export const PROGRAM_TEST_CONFIG: Record<string, string> = {
  "bcm:outsideMode": "macvlan",
  "bcm:outsideParentNic": "bcmout0",
  "bcm:bcmnetCidr": "10.149.10.0/24",
  "bcm:bcmnetName": "bcme2e",
  "bcm:lxdProject": "bcm-test",
  "bcm:dockerHosts": '["builder1"]',
  "bcm:registryMirrorUpstream": "http://10.149.20.1:5000",
  "bcm:images": JSON.stringify(["bcm/hello tests/e2e/images/hello arg=UPSTREAM=10.149.20.1"]),
  "bcm:onionServices": JSON.stringify([
    "registry 443 privateRegistry laptop,phone",
    "builder-ssh 22 10.149.10.50:22 laptop",
  ]),
};
