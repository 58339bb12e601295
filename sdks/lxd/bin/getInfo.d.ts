import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform data source `lxd_info` (terraform-lxd/lxd 2.7.1).
 */
export declare function getInfo(args?: GetInfoArgs, opts?: pulumi.InvokeOptions): Promise<GetInfoResult>;
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
    readonly clusterMembers: {
        [key: string]: outputs.GetInfoClusterMembers;
    };
    /**
     * List of supported instance types
     */
    readonly instanceTypes: string[];
    readonly remote?: string;
}
/**
 * Bridged from the Terraform data source `lxd_info` (terraform-lxd/lxd 2.7.1).
 */
export declare function getInfoOutput(args?: GetInfoOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetInfoResult>;
/**
 * A collection of arguments for invoking getInfo.
 */
export interface GetInfoOutputArgs {
    remote?: pulumi.Input<string | undefined>;
}
