// One isolated LXD bridge (no subnet, so no dnsmasq and nothing to collide with), one TLS key and
// one random password: each of the engine's three providers does one real create and delete.
import * as lxd from "@pulumi/lxd";
import * as random from "@pulumi/random";
import * as tls from "@pulumi/tls";

const network = new lxd.Network("bcmsmoke0", {
  name: "bcmsmoke0",
  config: {
    "ipv4.address": "none",
    "ipv6.address": "none",
  },
});

const key = new tls.PrivateKey("smoke-key", { algorithm: "ED25519" });

const password = new random.RandomPassword("smoke-password", { length: 24, special: false });

export const networkName = network.name;
export const publicKeyOpenssh = key.publicKeyOpenssh;
export const passwordLength = password.result.apply((p) => p.length);
