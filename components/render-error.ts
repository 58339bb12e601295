/**
 * The one error type that config renderers throw for bad input, plus the small
 * validators they share. Every message names the argument and the bad value, so a
 * failing `pulumi preview` points straight at the offending setting.
 */
import ipaddr from "ipaddr.js";

export class RenderError extends Error {
  constructor(
    readonly argument: string,
    readonly value: unknown,
    reason: string,
  ) {
    super(`${argument}: ${reason} (got ${show(value)})`);
    this.name = "RenderError";
  }
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** TCP/UDP port 1..65535. */
export function checkPort(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new RenderError(argument, value, "must be an integer port in 1..65535");
  }
  return value;
}

/** A dotted-quad IPv4 address (the gateway's services are IPv4-only). */
export function checkIPv4(argument: string, value: string): string {
  if (typeof value !== "string" || !ipaddr.IPv4.isValidFourPartDecimal(value)) {
    throw new RenderError(argument, value, "must be a dotted-quad IPv4 address");
  }
  return value;
}

/** Linux network interface name (IFNAMSIZ 16 incl. NUL, no slash/space). */
export function checkInterface(argument: string, value: string): string {
  if (typeof value !== "string" || !/^[A-Za-z0-9][A-Za-z0-9_.-]{0,14}$/.test(value)) {
    throw new RenderError(argument, value, "must be a Linux interface name (1-15 chars of [A-Za-z0-9_.-])");
  }
  return value;
}

/** A DNS name made of LDH labels (lower-case only; configs compare case-sensitively). */
export function checkDnsName(argument: string, value: string): string {
  const label = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
  if (
    typeof value !== "string" ||
    value.length > 253 ||
    !new RegExp(`^${label}(?:\\.${label})*$`).test(value)
  ) {
    throw new RenderError(argument, value, "must be a lower-case DNS name like bcmnet or mirror.bcmnet");
  }
  return value;
}

/** An absolute path that cannot break out of a config line (no whitespace, quotes or control chars). */
export function checkPath(argument: string, value: string): string {
  if (typeof value !== "string" || !/^\/[^\s"'#;\\]*$/.test(value)) {
    throw new RenderError(
      argument,
      value,
      "must be an absolute path without whitespace, quotes, '#', ';' or backslashes",
    );
  }
  return value;
}

/** A positive integer (sizes, counts). */
export function checkPositiveInt(argument: string, value: number): number {
  if (!Number.isInteger(value) || value < 1) {
    throw new RenderError(argument, value, "must be a positive integer");
  }
  return value;
}
