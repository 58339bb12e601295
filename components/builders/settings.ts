/**
 * Settings of the custom images, each built from a context directory on the admin machine in a
 * throwaway builder container: which images, how many builders at once, and each builder's limits.
 */
import * as fs from "fs";
import * as path from "path";
import { ConfigError } from "../config-error";
import { integer, list } from "../settings/define";

/** One image to build, as the builders take it. */
export interface ImageSpec {
  /** Docker repository path, e.g. "bcm/hello"; the tag is computed from the context (buildTag). */
  name: string;
  /** Absolute. */
  contextDir: string;
  /** Relative to contextDir, posix, inside it. */
  dockerfile: string;
  /** Build stage; undefined: the last one. */
  target?: string;
  buildArgs: Record<string, string>;
}

export interface BuildSettings {
  images: ImageSpec[];
  /** The most builder containers at once. */
  parallel: number;
  /** Of each builder container. */
  limits: { cpus: number; memoryMb: number; diskGb: number };
}

/** Where relative contexts start: the directory holding Pulumi.yaml. */
export const PROJECT_ROOT = path.resolve(__dirname, "..", "..");

const FORMAT = '"<name> <context> [dockerfile=<path>] [target=<stage>] [arg=KEY=value]..."';
const NAME_COMPONENT = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const NAME_MAX = 128;
const TARGET = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
const ARG_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What is wrong with a docker repository path, or undefined when nothing is. */
function nameProblem(name: string): string | undefined {
  if (name.length > NAME_MAX) return `is ${name.length} characters long, at most ${NAME_MAX} are allowed`;
  if (/[A-Z]/.test(name)) return "has upper-case letters: docker repository names are lower-case";
  const components = name.split("/");
  const empty = components.findIndex((c) => c === "");
  if (empty >= 0) {
    const where = empty === 0 ? "a leading" : empty === components.length - 1 ? "a trailing" : "a double";
    return `has ${where} "/" (an empty path component)`;
  }
  const bad = components.find((c) => !NAME_COMPONENT.test(c));
  if (bad !== undefined) {
    return `has the path component "${bad}": expected lower-case letters and digits, separated inside a component by single ".", "_" or "-" (e.g. bcm/hello)`;
  }
  return undefined;
}

/** A Dockerfile path relative to the context, normalised to posix; refused when it leaves it. */
function parseDockerfile(text: string, key: string, value: string): string {
  if (text === "")
    throw new ConfigError(key, value, 'dockerfile= is empty: expected a path, e.g. "Dockerfile"');
  if (path.isAbsolute(text) || path.posix.isAbsolute(text)) {
    throw new ConfigError(
      key,
      value,
      `dockerfile "${text}" is absolute: expected a path relative to the context`,
    );
  }
  const normalised = path.posix.normalize(text.replace(/\\/g, "/"));
  if (normalised === ".." || normalised.startsWith("../")) {
    throw new ConfigError(
      key,
      value,
      `dockerfile "${text}" leaves the context: it must be a file inside the context directory`,
    );
  }
  if (normalised === "." || normalised.endsWith("/")) {
    throw new ConfigError(key, value, `dockerfile "${text}" names a directory, not a file`);
  }
  if (normalised === ".git" || normalised.startsWith(".git/")) {
    throw new ConfigError(
      key,
      value,
      `dockerfile "${text}" is inside the context's .git directory, which is not sent to the builder`,
    );
  }
  return normalised;
}

/**
 * One `bcm:images` item: "<name> <context> [dockerfile=<path>] [target=<stage>] [arg=KEY=value]...".
 * Checks the meaning too: the context is a directory on this machine and holds the Dockerfile.
 */
export function parseImageSpec(value: string, key: string): ImageSpec {
  const tokens = value
    .trim()
    .split(/\s+/)
    .filter((t) => t !== "");
  if (tokens.length < 2) {
    throw new ConfigError(
      key,
      value,
      `expected ${FORMAT}, e.g. "bcm/hello images/hello" (${tokens.length === 0 ? "it is empty" : "the context directory is missing"})`,
    );
  }
  const [name, contextText, ...options] = tokens;
  const problem = nameProblem(name);
  if (problem !== undefined) throw new ConfigError(key, value, `image name "${name}" ${problem}`);

  let dockerfileText: string | undefined;
  let target: string | undefined;
  const buildArgs: Record<string, string> = {};
  for (const token of options) {
    const eq = token.indexOf("=");
    const option = eq < 0 ? token : token.slice(0, eq);
    const rest = eq < 0 ? undefined : token.slice(eq + 1);
    if (option === "dockerfile" && rest !== undefined) {
      if (dockerfileText !== undefined) throw new ConfigError(key, value, "dockerfile= is given twice");
      dockerfileText = rest;
    } else if (option === "target" && rest !== undefined) {
      if (target !== undefined) throw new ConfigError(key, value, "target= is given twice");
      if (!TARGET.test(rest)) {
        throw new ConfigError(
          key,
          value,
          `target "${rest}" is not a build stage name: letters, digits, "_", "." and "-", starting with a letter or digit`,
        );
      }
      target = rest;
    } else if (option === "arg" && rest !== undefined) {
      const argEq = rest.indexOf("=");
      if (argEq < 0) {
        throw new ConfigError(
          key,
          value,
          `arg "${rest}" has no "=": expected arg=KEY=value (the value may be empty, as in arg=${rest || "KEY"}=)`,
        );
      }
      const argKey = rest.slice(0, argEq);
      if (!ARG_KEY.test(argKey)) {
        throw new ConfigError(
          key,
          value,
          `build arg name "${argKey}" is not valid: letters, digits and "_", not starting with a digit`,
        );
      }
      if (Object.prototype.hasOwnProperty.call(buildArgs, argKey)) {
        throw new ConfigError(key, value, `build arg ${argKey} is given twice`);
      }
      buildArgs[argKey] = rest.slice(argEq + 1);
    } else {
      throw new ConfigError(
        key,
        value,
        `unknown token "${token}": after the name and the context, expected dockerfile=<path>, target=<stage> or arg=KEY=value`,
      );
    }
  }
  const dockerfile = parseDockerfile(dockerfileText ?? "Dockerfile", key, value);

  const contextDir = path.isAbsolute(contextText)
    ? path.normalize(contextText)
    : path.resolve(PROJECT_ROOT, contextText);
  const shown = contextText === contextDir ? `"${contextText}"` : `"${contextText}" (${contextDir})`;
  let context: fs.Stats;
  try {
    context = fs.statSync(contextDir);
  } catch {
    throw new ConfigError(key, value, `context directory ${shown} does not exist`);
  }
  if (!context.isDirectory()) throw new ConfigError(key, value, `context ${shown} is not a directory`);

  const dockerfilePath = path.join(contextDir, ...dockerfile.split("/"));
  let file: fs.Stats;
  try {
    file = fs.lstatSync(dockerfilePath);
  } catch {
    throw new ConfigError(key, value, `the context ${shown} has no Dockerfile "${dockerfile}"`);
  }
  if (!file.isFile()) {
    const what = file.isSymbolicLink() ? "a symlink" : file.isDirectory() ? "a directory" : "not a file";
    throw new ConfigError(
      key,
      value,
      `the Dockerfile "${dockerfile}" in the context ${shown} is ${what}, not a regular file`,
    );
  }

  return { name, contextDir, dockerfile, ...(target === undefined ? {} : { target }), buildArgs };
}

export const builderSettings = {
  images: list(
    "hosts and data",
    [],
    'Custom images, each built in a throwaway builder container: "<name> <context> [dockerfile=<path>] [target=<stage>] [arg=KEY=value]...", name a lower-case repository path (e.g. bcm/hello), context a directory on this machine (relative to the project or absolute), dockerfile relative to it (default Dockerfile). The tag is a hash of the context and options.',
    parseImageSpec,
  ),
  builderParallelism: integer(
    "hosts and data",
    1,
    "Most builder containers running at once (1 suits a 2-core host).",
    { min: 1, max: 8 },
  ),
  builderCpus: integer("hosts and data", 2, "CPUs of each builder container.", { min: 1, max: 64 }),
  builderMemoryMb: integer("hosts and data", 2048, "Memory limit of each builder container, in MiB.", {
    min: 256,
  }),
  builderDiskGb: integer("hosts and data", 10, "Root disk size of each builder container, in GiB.", {
    min: 2,
    max: 1000,
  }),
};

/**
 * The typed build settings from the parsed ones; refuses two images of one name (the key names
 * the second, its value the raw item).
 */
export function toBuildSettings(
  s: {
    images: ImageSpec[];
    builderParallelism: number;
    builderCpus: number;
    builderMemoryMb: number;
    builderDiskGb: number;
  },
  rawImages: readonly string[],
): BuildSettings {
  s.images.forEach((image, j) => {
    const first = s.images.findIndex((other) => other.name === image.name);
    if (first !== j) {
      throw new ConfigError(
        `images[${j}]`,
        rawImages[j] ?? image.name,
        `image name "${image.name}" is already used by images[${first}]: each image needs a name of its own`,
      );
    }
  });
  return {
    images: s.images,
    parallel: s.builderParallelism,
    limits: { cpus: s.builderCpus, memoryMb: s.builderMemoryMb, diskGb: s.builderDiskGb },
  };
}
