import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform data source `lxd_storage_pool` (terraform-lxd/lxd 2.7.1).
 */
export declare function getStoragePool(args: GetStoragePoolArgs, opts?: pulumi.InvokeOptions): Promise<GetStoragePoolResult>;
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
    readonly config: {
        [key: string]: string;
    };
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
export declare function getStoragePoolOutput(args: GetStoragePoolOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetStoragePoolResult>;
/**
 * A collection of arguments for invoking getStoragePool.
 */
export interface GetStoragePoolOutputArgs {
    name: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
