// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_auth_group` (terraform-lxd/lxd 2.7.1).
 */
export function getAuthGroup(args: GetAuthGroupArgs, opts?: pulumi.InvokeOptions): Promise<GetAuthGroupResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getAuthGroup:getAuthGroup", {
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getAuthGroup.
 */
export interface GetAuthGroupArgs {
    name: string;
    remote?: string;
}

/**
 * A collection of values returned by getAuthGroup.
 */
export interface GetAuthGroupResult {
    readonly description: string;
    readonly name: string;
    readonly permissions: outputs.GetAuthGroupPermission[];
    readonly remote?: string;
}
/**
 * Bridged from the Terraform data source `lxd_auth_group` (terraform-lxd/lxd 2.7.1).
 */
export function getAuthGroupOutput(args: GetAuthGroupOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAuthGroupResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getAuthGroup:getAuthGroup", {
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getAuthGroup.
 */
export interface GetAuthGroupOutputArgs {
    name: pulumi.Input<string>;
    remote?: pulumi.Input<string | undefined>;
}
