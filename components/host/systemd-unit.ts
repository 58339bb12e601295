/**
 * A service unit of bcm-pulumi's own. Restarting is not set here: every long-running unit is
 * listed as `supervised` in the host's user-data, which adds the one restart drop-in
 * (cloud-init.ts), so that Debian's units and ours restart the same way.
 */
export interface ServiceUnitArgs {
  /** What it is, e.g. "BCM DNS gate (...)"; ", managed by bcm-pulumi" is appended. */
  description: string;
  after: string[];
  wants?: string[];
  /** The [Service] section's lines (ExecStart=... and whatever it needs). */
  service: string[];
}

export function renderServiceUnit(args: ServiceUnitArgs): string {
  return [
    "[Unit]",
    `Description=${args.description}, managed by bcm-pulumi`,
    `After=${args.after.join(" ")}`,
    ...(args.wants && args.wants.length > 0 ? [`Wants=${args.wants.join(" ")}`] : []),
    "",
    "[Service]",
    ...args.service,
    "",
    "[Install]",
    "WantedBy=multi-user.target",
    "",
  ].join("\n");
}
