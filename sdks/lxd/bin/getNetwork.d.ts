import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform data source `lxd_network` (terraform-lxd/lxd 2.7.1).
 */
export declare function getNetwork(args: GetNetworkArgs, opts?: pulumi.InvokeOptions): Promise<GetNetworkResult>;
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
    readonly config: {
        [key: string]: string;
    };
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
export declare function getNetworkOutput(args: GetNetworkOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetNetworkResult>;
/**
 * A collection of arguments for invoking getNetwork.
 */
export interface GetNetworkOutputArgs {
    name: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
