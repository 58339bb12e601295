// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
export function getAuthIdentity(args: GetAuthIdentityArgs, opts?: pulumi.InvokeOptions): Promise<GetAuthIdentityResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getAuthIdentity:getAuthIdentity", {
        "authMethod": args.authMethod,
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getAuthIdentity.
 */
export interface GetAuthIdentityArgs {
    authMethod: string;
    name: string;
    remote?: string;
}

/**
 * A collection of values returned by getAuthIdentity.
 */
export interface GetAuthIdentityResult {
    readonly authMethod: string;
    readonly groups: string[];
    readonly identifier: string;
    readonly name: string;
    readonly remote?: string;
    readonly tlsCertificate: string;
}
/**
 * Bridged from the Terraform data source `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
export function getAuthIdentityOutput(args: GetAuthIdentityOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAuthIdentityResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getAuthIdentity:getAuthIdentity", {
        "authMethod": args.authMethod,
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getAuthIdentity.
 */
export interface GetAuthIdentityOutputArgs {
    authMethod: pulumi.Input<string>;
    name: pulumi.Input<string>;
    remote?: pulumi.Input<string | undefined>;
}
