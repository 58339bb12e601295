// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform data source `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
export function getProject(args: GetProjectArgs, opts?: pulumi.InvokeOptions): Promise<GetProjectResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getProject:getProject", {
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getProject.
 */
export interface GetProjectArgs {
    name: string;
    remote?: string;
}

/**
 * A collection of values returned by getProject.
 */
export interface GetProjectResult {
    readonly config: {[key: string]: string};
    readonly description: string;
    readonly name: string;
    readonly remote?: string;
}
/**
 * Bridged from the Terraform data source `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
export function getProjectOutput(args: GetProjectOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetProjectResult> {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getProject:getProject", {
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}

/**
 * A collection of arguments for invoking getProject.
 */
export interface GetProjectOutputArgs {
    name: pulumi.Input<string>;
    remote?: pulumi.Input<string | undefined>;
}
