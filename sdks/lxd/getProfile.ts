// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_profile` (terraform-lxd/lxd 2.7.1).
 */
export function getProfile(args: GetProfileArgs, opts?: pulumi.InvokeOptions): Promise<GetProfileResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getProfile:getProfile", {
        "devices": args.devices,
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getProfile.
 */
export interface GetProfileArgs {
    devices?: inputs.GetProfileDevice[];
    name: string;
    project?: string;
    remote?: string;
}

/**
 * A collection of values returned by getProfile.
 */
export interface GetProfileResult {
    readonly config: {[key: string]: string};
    readonly description: string;
    readonly devices?: outputs.GetProfileDevice[];
    readonly name: string;
    readonly project?: string;
    readonly remote?: string;
}
/**
 * Bridged from the Terraform data source `lxd_profile` (terraform-lxd/lxd 2.7.1).
 */
export function getProfileOutput(args: GetProfileOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetProfileResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getProfile:getProfile", {
        "devices": args.devices,
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getProfile.
 */
export interface GetProfileOutputArgs {
    devices?: pulumi.Input<pulumi.Input<inputs.GetProfileDeviceArgs>[] | undefined>;
    name: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
