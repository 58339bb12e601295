import * as pulumi from "@pulumi/pulumi";

/**
 * Under the mock monitor, secret inputs arrive in Pulumi's wire format,
 * `{ [specialSigKey]: specialSecretSig, value }`. Shared by the program tests and the e2e harness.
 */
export function isWrappedSecret(value: unknown): value is { value: unknown } {
  return (
    typeof value === "object" &&
    value !== null &&
    Object.values(value).includes(pulumi.runtime.specialSecretSig) &&
    "value" in value
  );
}

/** The same value with every secret wrapper replaced by what it wraps. */
export function revealSecrets(value: unknown): unknown {
  if (isWrappedSecret(value)) return revealSecrets(value.value);
  if (Array.isArray(value)) return value.map(revealSecrets);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revealSecrets(v)]));
  }
  return value;
}
