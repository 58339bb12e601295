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

// The unit tests' provider answers (tests/mock-state.ts and what it imports), transpiled here,
// outside ts-node (whose compile time is what is measured).
let mockResourceState = (type, name, inputs) => ({ ...inputs });
let programConfig = {};
if (mine) {
  const ts = require("typescript");
  const loaded = new Map();
  const requireTs = (file) => {
    if (loaded.has(file)) return loaded.get(file).exports;
    const m = new Module(file, module);
    m.filename = file;
    m.paths = Module._nodeModulePaths(path.dirname(file));
    loaded.set(file, m);
    const localRequire = (request) =>
      request.startsWith(".")
        ? requireTs(path.resolve(path.dirname(file), request) + ".ts")
        : m.require(request);
    const source = require("fs").readFileSync(file, "utf8");
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS } }).outputText;
    new Function("exports", "require", "module", "__filename", "__dirname", js)(
      m.exports,
      localRequire,
      m,
      file,
      path.dirname(file),
    );
    return m.exports;
  };
  ({ mockResourceState, PROGRAM_TEST_CONFIG: programConfig } = requireTs(
    path.join(dir, "tests/mock-state.ts"),
  ));
}

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
      const state = mockResourceState(args.type, args.name, args.inputs);
      return { id: `${args.name}-id`, state };
    },
    call: (args) => args.inputs,
  },
  "bcm",
  "bench",
  false,
);
// The configuration of tests/program.test.ts.
pulumi.runtime.setAllConfig(programConfig);

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
