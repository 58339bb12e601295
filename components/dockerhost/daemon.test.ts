import { DockerClientSettings, dockerStorageDriverFor, renderDaemonJson } from "./daemon";

const settings: DockerClientSettings = {
  mirrorUrl: "https://mirror.bcmnet:5000",
  registryEndpoints: ["mirror.bcmnet:5000", "bcmnet:443"],
  httpProxyUrl: "http://squid.bcmnet:3128",
  noProxy: ["bcmnet", ".bcmnet"],
};

describe("dockerd's storage driver", () => {
  it("is overlay2 on a btrfs pool, dockerd's own choice elsewhere", () => {
    expect(dockerStorageDriverFor("btrfs")).toBe("overlay2");
    for (const driver of ["dir", "zfs", "lvm"]) expect(dockerStorageDriverFor(driver)).toBeUndefined();
  });

  it("goes into daemon.json only when given", () => {
    expect(JSON.parse(renderDaemonJson(settings))).toEqual({
      "registry-mirrors": ["https://mirror.bcmnet:5000"],
    });
    expect(
      JSON.parse(renderDaemonJson({ ...settings, storageDriver: dockerStorageDriverFor("btrfs") })),
    ).toEqual({
      "registry-mirrors": ["https://mirror.bcmnet:5000"],
      "storage-driver": "overlay2",
    });
  });
});
