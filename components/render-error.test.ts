import { RenderError, checkDnsName, checkIPv4, checkInterface, checkPath, checkPort } from "./render-error";

describe("RenderError and validators", () => {
  it("is a plain Error subclass naming the argument and value", () => {
    const e = new RenderError("port", 0, "must be a port");
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("RenderError");
    expect(e.argument).toBe("port");
    expect(e.value).toBe(0);
    expect(e.message).toBe("port: must be a port (got 0)");
  });

  it("validates ports, addresses, names and paths", () => {
    expect(checkPort("p", 1)).toBe(1);
    expect(checkPort("p", 65535)).toBe(65535);
    expect(() => checkPort("p", 65536)).toThrow(RenderError);
    expect(() => checkPort("p", NaN)).toThrow(/p: .*null/);
    expect(checkIPv4("a", "10.0.0.1")).toBe("10.0.0.1");
    expect(() => checkIPv4("a", "10.1")).toThrow(/a: .*"10\.1"/);
    expect(() => checkIPv4("a", "::1")).toThrow(RenderError);
    expect(checkInterface("i", "eth0")).toBe("eth0");
    expect(() => checkInterface("i", "a-very-long-interface")).toThrow(RenderError);
    expect(checkDnsName("d", "mirror.bcmnet")).toBe("mirror.bcmnet");
    expect(() => checkDnsName("d", "-bad.bcmnet")).toThrow(RenderError);
    expect(() => checkDnsName("d", "a..b")).toThrow(RenderError);
    expect(checkPath("f", "/var/lib/x.leases")).toBe("/var/lib/x.leases");
    expect(() => checkPath("f", "/x\nserver=8.8.8.8")).toThrow(RenderError);
  });
});
