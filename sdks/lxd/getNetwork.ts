// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_network` (terraform-lxd/lxd 2.7.1).
 */
export function getNetwork(args: GetNetworkArgs, opts?: pulumi.InvokeOptions): Promise<GetNetworkResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getNetwork:getNetwork", {
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getNetwork.
 */
export interface GetNetworkArgs {
    name: string;
    project?: string;
    remote?: string;
}

/**
 * A collection of values returned by getNetwork.
 */
export interface GetNetworkResult {
    readonly config: {[key: string]: string};
    readonly description: string;
    readonly ipv4Address: string;
    readonly ipv6Address: string;
    readonly managed: boolean;
    readonly name: string;
    readonly project?: string;
    readonly remote?: string;
    readonly type: string;
}
/**
 * Bridged from the Terraform data source `lxd_network` (terraform-lxd/lxd 2.7.1).
 */
export function getNetworkOutput(args: GetNetworkOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetNetworkResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getNetwork:getNetwork", {
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getNetwork.
 */
export interface GetNetworkOutputArgs {
    name: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
