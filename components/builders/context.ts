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

/** One field of a tar header: octal digits, NUL-terminated, as POSIX ustar writes them. */
function octal(header: Buffer, offset: number, width: number, value: number): void {
  header.write(value.toString(8).padStart(width - 1, "0") + "\0", offset, width, "ascii");
}

function tarHeader(name: Buffer, size: number, mode: number, type: "0" | "x"): Buffer {
  const header = Buffer.alloc(512);
  name.copy(header, 0, 0, Math.min(name.length, 100));
  octal(header, 100, 8, mode);
  octal(header, 108, 8, 0); // uid: root
  octal(header, 116, 8, 0); // gid: root
  octal(header, 124, 12, size);
  octal(header, 136, 12, 0); // mtime: fixed, so the same files give the same archive
  header.fill(" ", 148, 156); // the checksum counts its own field as spaces
  header.write(type, 156, 1, "ascii");
  header.write("ustar\0" + "00", 257, 8, "ascii");
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(sum.toString(8).padStart(6, "0") + "\0 ", 148, 8, "ascii");
  return header;
}

function padded(data: Buffer): Buffer[] {
  const rest = data.length % 512;
  return rest === 0 ? [data] : [data, Buffer.alloc(512 - rest)];
}

/** A pax record "<length> path=<path>\n", whose length counts its own digits. */
function paxPath(path: string): Buffer {
  const body = ` path=${path}\n`;
  let length = Buffer.byteLength(body);
  while (String(length).length + Buffer.byteLength(body) !== length) {
    length = String(length).length + Buffer.byteLength(body);
  }
  return Buffer.from(`${length}${body}`);
}

/** The largest size an 11-digit octal field holds (8 GiB - 1). */
const MAX_TAR_FILE_SIZE = 0o77777777777;

/**
 * The context as one POSIX tar, for a single upload to the builder (one request, not one per file
 * and parent directory): regular files only, in the given order, owned by root, mtime 0, modes
 * as read; a path over 100 bytes goes in a pax header. The same files give the same bytes.
 */
export function contextArchive(files: ContextFile[]): Buffer {
  const parts: Buffer[] = [];
  for (const file of files) {
    if (file.content.length > MAX_TAR_FILE_SIZE) {
      throw new Error(`the context file ${file.path} is larger than 8 GiB, more than a builder is sent`);
    }
    const name = Buffer.from(file.path, "utf8");
    if (name.length > 100) {
      const record = paxPath(file.path);
      parts.push(tarHeader(Buffer.from("PaxHeader"), record.length, 0o644, "x"), ...padded(record));
    }
    parts.push(tarHeader(name, file.content.length, file.mode, "0"), ...padded(file.content));
  }
  parts.push(Buffer.alloc(1024)); // two zero blocks end the archive
  return Buffer.concat(parts);
}
