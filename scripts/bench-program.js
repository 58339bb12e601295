// Runs a Pulumi program the way `pulumi preview`/`up` does, under mocks instead of an engine, and
// prints one JSON line of timings (ms from process start). Used by `scripts/bench.sh program`.
//
// The program is started by the pinned SDK's own launcher, node_modules/@pulumi/pulumi/cmd/run/run.js
// (what the nodejs language host runs): it reads tsconfig.json, registers ts-node with its options
// and requires the program inside the root Stack resource. Only the monitor is a mock (the unit
// tests' mocks, tests/program.test.ts). PULUMI_NODEJS_TRANSPILE_ONLY is read by run.js as usual.
//
// Usage: node scripts/bench-program.js [program dir]   (default: this project; cwd is that dir)
"use strict";
const { performance } = require("perf_hooks");
const Module = require("module");
const path = require("path");
const { generateKeyPairSync, randomBytes } = require("crypto");

const t = () => Math.round(performance.now());
const dir = path.resolve(process.argv[2] || path.join(__dirname, ".."));
const mine = dir === path.resolve(__dirname, "..");
process.chdir(dir);

// Module-loading time per package, self time (nested loads of other buckets subtracted). A project
// .ts file's time is ts-node's compile of it (transpile, or type check) plus its top-level code.
const load = {};
const stack = [];
const OWN = ["typescript", "ts-node", "@pulumi/tls", "@pulumi/random"];
const bucket = (file) => {
  if (file.startsWith(path.join(dir, "sdks", "lxd") + path.sep)) return "@pulumi/lxd";
  const nm = file.lastIndexOf(`node_modules${path.sep}`);
  if (nm < 0) return file.startsWith(dir) && file.endsWith(".ts") ? "program" : "other";
  const parts = file.slice(nm + 13).split(path.sep);
  const name = parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
  return OWN.includes(name) ? name : "@pulumi/pulumi and its dependencies";
};
const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  let file;
  try {
    file = Module._resolveFilename(request, parent, isMain);
  } catch {
    return originalLoad.apply(this, arguments);
  }
  if (Module._cache[file] || !path.isAbsolute(file)) return originalLoad.apply(this, arguments);
  const frame = { start: performance.now(), nested: 0 };
  stack.push(frame);
  try {
    return originalLoad.apply(this, arguments);
  } finally {
    stack.pop();
    const inclusive = performance.now() - frame.start;
    const b = bucket(file);
    load[b] = (load[b] || 0) + inclusive - frame.nested;
    if (stack.length) stack[stack.length - 1].nested += inclusive;
  }
};

// What cmd/run/index.js (the launcher's entry point) loads before it calls run.js's run(); its
// main() is left out (it wants a --monitor address), the rest of run.js is the SDK's.
require("@pulumi/pulumi/cmd/run/instrumentation");
require("source-map-support/register");
const pulumi = require("@pulumi/pulumi");
const settings = require("@pulumi/pulumi/runtime/settings");
const entry = require.resolve("@pulumi/pulumi/cmd/run/index.js");
Module._cache[entry] = Object.assign(new Module(entry), {
  loaded: true,
  exports: { nodeJSProcessExitedAfterLoggingUserActionableMessage: 32 },
});
const { run } = require("@pulumi/pulumi/cmd/run/run.js");
const sdkLoaded = t();

// ts-node's compile of each program file (run.js requires the same ts-node module and calls register).
const compiled = { files: 0, ms: 0 };
const tsNode = require("ts-node");
const register = tsNode.register;
tsNode.register = (options) => {
  const service = register(options);
  const compile = service.compile;
  service.compile = function () {
    const start = performance.now();
    try {
      return compile.apply(this, arguments);
    } finally {
      compiled.files++;
      compiled.ms += performance.now() - start;
    }
  };
  return service;
};

// The unit tests' instance mock (tests/e2e/provider-state.ts), transpiled here, outside ts-node.
let providerInstanceState = () => ({ interfaces: {} });
if (mine) {
  const ts = require("typescript");
  const file = path.join(dir, "tests/e2e/provider-state.ts");
  const m = new Module(file, module);
  const source = require("fs").readFileSync(file, "utf8");
  m._compile(
    ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText,
    file,
  );
  providerInstanceState = m.exports.providerInstanceState;
}

const FAKE_PEM = (label, name) => `-----BEGIN ${label}-----\nFAKE-${name}\n-----END ${label}-----\n`;
let resources = 0;
let first;
let last;
let cpu;
pulumi.runtime.setMocks(
  {
    newResource(args) {
      resources++;
      first ??= t();
      last = t();
      cpu = process.cpuUsage();
      const state = { ...args.inputs };
      switch (args.type) {
        case "tls:index/privateKey:PrivateKey":
          if (args.inputs.algorithm === "ED25519") {
            state.privateKeyPemPkcs8 = generateKeyPairSync("ed25519").privateKey.export({
              type: "pkcs8",
              format: "pem",
            });
          } else {
            state.privateKeyPem = FAKE_PEM("PRIVATE KEY", args.name);
          }
          break;
        case "random:index/randomBytes:RandomBytes":
          state.base64 = randomBytes(Number(args.inputs.length)).toString("base64");
          break;
        case "tls:index/selfSignedCert:SelfSignedCert":
        case "tls:index/locallySignedCert:LocallySignedCert":
          state.certPem = FAKE_PEM("CERTIFICATE", args.name);
          break;
        case "tls:index/certRequest:CertRequest":
          state.certRequestPem = FAKE_PEM("CERTIFICATE REQUEST", args.name);
          break;
        case "random:index/randomPassword:RandomPassword":
          state.result = `password-of-${args.name}-0123456789abcdef`;
          break;
        case "random:index/randomId:RandomId":
          state.hex = "0011223344556677";
          break;
        case "lxd:index/instance:Instance": {
          const config = args.inputs.config ?? {};
          const nic = (hwaddr, address) => ({
            hwaddr,
            addresses: [{ address, family: "inet", scope: "global" }],
          });
          const network =
            args.name === "gateway"
              ? {
                  eth0: nic("00:16:3e:00:00:01", "10.149.20.150"),
                  eth1: nic("00:16:3e:00:00:02", "10.149.10.1"),
                }
              : { eth0: nic("00:16:3e:00:00:03", "10.149.10.50") };
          Object.assign(state, providerInstanceState({ config, expandedConfig: config, network }));
          break;
        }
      }
      return { id: `${args.name}-id`, state };
    },
    call: (args) => args.inputs,
  },
  "bcm",
  "bench",
  false,
);
// The configuration of tests/program.test.ts.
pulumi.runtime.setAllConfig({
  "bcm:outsideMode": "macvlan",
  "bcm:outsideParentNic": "bcmout0",
  "bcm:bcmnetCidr": "10.149.10.0/24",
  "bcm:bcmnetName": "bcme2e",
  "bcm:lxdProject": "bcm-test",
  "bcm:dockerHosts": '["builder1"]',
  "bcm:registryMirrorUpstream": "http://10.149.20.1:5000",
  "bcm:onionServices": JSON.stringify([
    "registry 443 privateRegistry laptop,phone",
    "builder-ssh 22 10.149.10.50:22 laptop",
  ]),
});

process.env.PULUMI_NODEJS_TYPESCRIPT = "true"; // what the host sets for `runtime.options.typescript`
const failed = (err) => {
  console.error(
    String((err && err.message) || err)
      .split("\n")
      .slice(0, 3)
      .join("\n"),
  );
  process.exit(1);
};
process.on("unhandledRejection", failed);
const { withRootContext } = require("@pulumi/pulumi/cmd/run/instrumentation");
require("@pulumi/pulumi/runtime/closure/v8Hooks")
  .isInitializedAsync()
  .then(() =>
    withRootContext(() =>
      run(
        { _: ["."] },
        () => {},
        failed,
        () => false,
      ),
    ),
  )
  .then(() => settings.waitForRPCs())
  .then(() => {
    const service = process[Symbol.for("ts-node.register.instance")];
    const round = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, Math.round(v)]));
    console.log(
      JSON.stringify({
        transpileOnly: service ? service.options.transpileOnly === true : null,
        sdkLoaded,
        firstRegistration: first,
        lastRegistration: last,
        cpuAtLast: cpu && Math.round((cpu.user + cpu.system) / 1000),
        resources,
        done: t(),
        compile: round(compiled),
        load: round(load),
      }),
    );
    process.exit(0);
  }, failed);
