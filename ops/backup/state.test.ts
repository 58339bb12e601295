import { freshEndpointState } from "./state";

const urn = (type: string, name: string) => `urn:pulumi:dev::bcm::${type}::${name}`;
const provider = urn("pulumi:providers:lxd", "lxd");
const project = urn("lxd:index/project:Project", "project");
const gateway = urn("lxd:index/instance:Instance", "gateway");
const caKey = urn("tls:index/privateKey:PrivateKey", "pki-ca");
const dc = urn("bcm:index:DataCenter", "bcm");
const build = urn("pulumi-nodejs:dynamic:Resource", "image-hello");

const exported = {
  version: 3,
  deployment: {
    manifest: { time: "x" },
    secrets_providers: { type: "passphrase", state: { salt: "v1:abc" } },
    resources: [
      { urn: urn("pulumi:pulumi:Stack", "bcm-dev"), type: "pulumi:pulumi:Stack" },
      { urn: dc, type: "bcm:index:DataCenter" },
      { urn: provider, type: "pulumi:providers:lxd", parent: dc },
      {
        urn: caKey,
        type: "tls:index/privateKey:PrivateKey",
        parent: dc,
        outputs: { privateKeyPem: { secret: "ciphertext" } },
      },
      { urn: project, type: "lxd:index/project:Project", parent: dc, provider: `${provider}::id-1` },
      {
        urn: gateway,
        type: "lxd:index/instance:Instance",
        parent: dc,
        provider: `${provider}::id-1`,
        dependencies: [project, caKey],
      },
      {
        urn: build,
        type: "pulumi-nodejs:dynamic:Resource",
        parent: dc,
        dependencies: [gateway, caKey],
        propertyDependencies: { gateway: [gateway], ca: [caKey] },
        deletedWith: gateway,
      },
    ],
    pending_operations: [{ resource: { urn: gateway }, type: "creating" }],
  },
};

describe("a stack export made ready for a fresh endpoint", () => {
  test("drops LXD's objects and the references to them; keeps keys, components and dynamic resources", () => {
    const { state, dropped, kept } = freshEndpointState(exported);
    expect(dropped).toBe(3);
    expect(kept).toBe(4);
    const resources = state.deployment.resources ?? [];
    expect(resources.map((r) => r.type)).toEqual([
      "pulumi:pulumi:Stack",
      "bcm:index:DataCenter",
      "tls:index/privateKey:PrivateKey",
      "pulumi-nodejs:dynamic:Resource",
    ]);
    const dynamic = resources.find((r) => r.urn === build)!;
    expect(dynamic.dependencies).toEqual([caKey]);
    expect(dynamic.propertyDependencies).toEqual({ gateway: [], ca: [caKey] });
    expect(dynamic.deletedWith).toBeUndefined();
    // Secrets stay as the secrets provider encrypted them; the provider's salt stays too.
    expect(resources.find((r) => r.urn === caKey)!.outputs).toEqual({
      privateKeyPem: { secret: "ciphertext" },
    });
    expect(state.deployment.secrets_providers).toEqual(exported.deployment.secrets_providers);
    expect(state.deployment.pending_operations).toEqual([]);
  });

  test("refuses a resource the LXD provider made under another type", () => {
    const odd = {
      ...exported,
      deployment: {
        resources: [
          ...exported.deployment.resources,
          { urn: urn("lxdish", "x"), type: "random:index/randomId:RandomId", provider: `${provider}::id-1` },
        ],
      },
    };
    expect(() => freshEndpointState(odd)).toThrow(/made by the LXD provider/);
  });
});
