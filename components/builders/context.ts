/**
 * An image's build context as sent to its builder: every regular file under the context
 * directory, and the tag that names what was built from it. Pure: node builtins only.
 */
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";
import type { ImageSpec } from "./settings";

export interface ContextFile {
  /** Posix, relative to the context. */
  path: string;
  /** 0o755 when the file has an exec bit, else 0o644. */
  mode: number;
  content: Buffer;
}

function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/**
 * Every regular file under the context directory, sorted by path; a top-level .git directory is
 * skipped, directories are implied by the file paths (an empty one is not sent). A symlink or any
 * other non-regular file is refused: what it points at is not part of the context.
 */
export function readContext(spec: ImageSpec): ContextFile[] {
  const files: ContextFile[] = [];
  const walk = (relative: string[]) => {
    const dir = path.join(spec.contextDir, ...relative);
    for (const name of fs.readdirSync(dir).sort()) {
      const parts = [...relative, name];
      const rel = parts.join("/");
      const full = path.join(dir, name);
      const stat = fs.lstatSync(full);
      if (stat.isDirectory()) {
        if (relative.length === 0 && name === ".git") continue;
        walk(parts);
      } else if (stat.isFile()) {
        files.push({ path: rel, mode: stat.mode & 0o111 ? 0o755 : 0o644, content: fs.readFileSync(full) });
      } else {
        const what = stat.isSymbolicLink()
          ? "a symlink"
          : stat.isFIFO()
            ? "a named pipe"
            : stat.isSocket()
              ? "a socket"
              : "a device";
        throw new Error(
          `image ${spec.name}: "${rel}" in the context ${spec.contextDir} is ${what}; only regular files and directories can be sent to the builder`,
        );
      }
    }
  };
  walk([]);
  files.sort(byPath);
  if (!files.some((file) => file.path === spec.dockerfile)) {
    throw new Error(
      `image ${spec.name}: the Dockerfile "${spec.dockerfile}" is not a regular file in the context ${spec.contextDir}`,
    );
  }
  return files;
}

const sha256 = (data: Buffer | string) => createHash("sha256").update(data).digest("hex");

/**
 * 32 lower-case hex digits naming a build: sha256 over a canonical encoding of each file's path,
 * mode and content hash, the Dockerfile path, the target and the build args sorted by key. The
 * same inputs give the same tag; any change to one of them gives another.
 */
export function buildTag(spec: ImageSpec, files: ContextFile[]): string {
  const encoding = JSON.stringify({
    version: 1,
    files: [...files].sort(byPath).map((file) => [file.path, file.mode, sha256(file.content)]),
    dockerfile: spec.dockerfile,
    target: spec.target ?? null,
    buildArgs: Object.keys(spec.buildArgs)
      .sort()
      .map((key) => [key, spec.buildArgs[key]]),
  });
  return sha256(encoding).slice(0, 32);
}
