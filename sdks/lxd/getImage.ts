// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_image` (terraform-lxd/lxd 2.7.1).
 */
export function getImage(args?: GetImageArgs, opts?: pulumi.InvokeOptions): Promise<GetImageResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getImage:getImage", {
        "architecture": args.architecture,
        "fingerprint": args.fingerprint,
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
        "type": args.type,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getImage.
 */
export interface GetImageArgs {
    architecture?: string;
    fingerprint?: string;
    name?: string;
    project?: string;
    remote?: string;
    type?: string;
}

/**
 * A collection of values returned by getImage.
 */
export interface GetImageResult {
    readonly aliases: string[];
    readonly architecture: string;
    readonly createdAt: number;
    readonly fingerprint: string;
    readonly name?: string;
    readonly project?: string;
    readonly remote?: string;
    readonly type: string;
}
/**
 * Bridged from the Terraform data source `lxd_image` (terraform-lxd/lxd 2.7.1).
 */
export function getImageOutput(args?: GetImageOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetImageResult> {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getImage:getImage", {
        "architecture": args.architecture,
        "fingerprint": args.fingerprint,
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
        "type": args.type,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getImage.
 */
export interface GetImageOutputArgs {
    architecture?: pulumi.Input<string | undefined>;
    fingerprint?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    type?: pulumi.Input<string | undefined>;
}
