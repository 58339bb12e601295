import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform data source `lxd_auth_group` (terraform-lxd/lxd 2.7.1).
 */
export declare function getAuthGroup(args: GetAuthGroupArgs, opts?: pulumi.InvokeOptions): Promise<GetAuthGroupResult>;
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
export declare function getAuthGroupOutput(args: GetAuthGroupOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAuthGroupResult>;
/**
 * A collection of arguments for invoking getAuthGroup.
 */
export interface GetAuthGroupOutputArgs {
    name: pulumi.Input<string>;
    remote?: pulumi.Input<string | undefined>;
}
