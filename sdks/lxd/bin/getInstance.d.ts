import * as pulumi from "@pulumi/pulumi";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform data source `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
export declare function getInstance(args: GetInstanceArgs, opts?: pulumi.InvokeOptions): Promise<GetInstanceResult>;
/**
 * A collection of arguments for invoking getInstance.
 */
export interface GetInstanceArgs {
    name: string;
    project?: string;
    remote?: string;
}
/**
 * A collection of values returned by getInstance.
 */
export interface GetInstanceResult {
    readonly config: {
        [key: string]: string;
    };
    readonly description: string;
    readonly devices: {
        [key: string]: outputs.GetInstanceDevices;
    };
    readonly ephemeral: boolean;
    /**
     * Map of the instance network interfaces
     */
    readonly interfaces: {
        [key: string]: outputs.GetInstanceInterfaces;
    };
    readonly ipv4Address: string;
    readonly ipv6Address: string;
    readonly limits: {
        [key: string]: string;
    };
    readonly location: string;
    readonly macAddress: string;
    readonly name: string;
    readonly profiles: string[];
    readonly project?: string;
    readonly remote?: string;
    readonly running: boolean;
    readonly status: string;
    readonly type: string;
}
/**
 * Bridged from the Terraform data source `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
export declare function getInstanceOutput(args: GetInstanceOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetInstanceResult>;
/**
 * A collection of arguments for invoking getInstance.
 */
export interface GetInstanceOutputArgs {
    name: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
