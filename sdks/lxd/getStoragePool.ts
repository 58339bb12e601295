// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_storage_pool` (terraform-lxd/lxd 2.7.1).
 */
export function getStoragePool(args: GetStoragePoolArgs, opts?: pulumi.InvokeOptions): Promise<GetStoragePoolResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getStoragePool:getStoragePool", {
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getStoragePool.
 */
export interface GetStoragePoolArgs {
    name: string;
    project?: string;
    remote?: string;
}

/**
 * A collection of values returned by getStoragePool.
 */
export interface GetStoragePoolResult {
    readonly config: {[key: string]: string};
    readonly description: string;
    readonly driver: string;
    readonly locations: string[];
    readonly name: string;
    readonly project?: string;
    readonly remote?: string;
    readonly status: string;
}
/**
 * Bridged from the Terraform data source `lxd_storage_pool` (terraform-lxd/lxd 2.7.1).
 */
export function getStoragePoolOutput(args: GetStoragePoolOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetStoragePoolResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getStoragePool:getStoragePool", {
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getStoragePool.
 */
export interface GetStoragePoolOutputArgs {
    name: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
