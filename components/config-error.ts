import * as pulumi from "@pulumi/pulumi";

export const CONFIG_NAMESPACE = "bcm";

/** The one error for a bad setting: names the `bcm:` key and the value, and says why. */
export class ConfigError extends pulumi.RunError {
  constructor(
    public readonly key: string,
    public readonly value: unknown,
    reason: string,
  ) {
    super(`Invalid configuration ${CONFIG_NAMESPACE}:${key} = ${JSON.stringify(value)}: ${reason}`);
    this.name = "ConfigError";
  }
}
