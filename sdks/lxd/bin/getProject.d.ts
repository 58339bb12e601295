import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform data source `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
export declare function getProject(args: GetProjectArgs, opts?: pulumi.InvokeOptions): Promise<GetProjectResult>;
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
    readonly config: {
        [key: string]: string;
    };
    readonly description: string;
    readonly name: string;
    readonly remote?: string;
}
/**
 * Bridged from the Terraform data source `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
export declare function getProjectOutput(args: GetProjectOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetProjectResult>;
/**
 * A collection of arguments for invoking getProject.
 */
export interface GetProjectOutputArgs {
    name: pulumi.Input<string>;
    remote?: pulumi.Input<string | undefined>;
}
