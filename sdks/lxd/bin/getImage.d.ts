import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform data source `lxd_image` (terraform-lxd/lxd 2.7.1).
 */
export declare function getImage(args?: GetImageArgs, opts?: pulumi.InvokeOptions): Promise<GetImageResult>;
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
export declare function getImageOutput(args?: GetImageOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetImageResult>;
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
