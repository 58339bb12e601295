// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_info` (terraform-lxd/lxd 2.7.1).
 */
export function getInfo(args?: GetInfoArgs, opts?: pulumi.InvokeOptions): Promise<GetInfoResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getInfo:getInfo", {
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getInfo.
 */
export interface GetInfoArgs {
    remote?: string;
}

/**
 * A collection of values returned by getInfo.
 */
export interface GetInfoResult {
    /**
     * List of API extensions supported by the LXD server
     */
    readonly apiExtensions: string[];
    /**
     * Map of cluster members, which is empty if LXD is not clustered. The map key represents a cluster member name.
     */
    readonly clusterMembers: {[key: string]: outputs.GetInfoClusterMembers};
    /**
     * List of supported instance types
     */
    readonly instanceTypes: string[];
    readonly remote?: string;
}
/**
 * Bridged from the Terraform data source `lxd_info` (terraform-lxd/lxd 2.7.1).
 */
export function getInfoOutput(args?: GetInfoOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetInfoResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getInfo:getInfo", {
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getInfo.
 */
export interface GetInfoOutputArgs {
    remote?: pulumi.Input<string | undefined>;
}
