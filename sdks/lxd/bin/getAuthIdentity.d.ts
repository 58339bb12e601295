import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform data source `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
export declare function getAuthIdentity(args: GetAuthIdentityArgs, opts?: pulumi.InvokeOptions): Promise<GetAuthIdentityResult>;
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
export declare function getAuthIdentityOutput(args: GetAuthIdentityOutputArgs, opts?: pulumi.InvokeOutputOptions): pulumi.Output<GetAuthIdentityResult>;
/**
 * A collection of arguments for invoking getAuthIdentity.
 */
export interface GetAuthIdentityOutputArgs {
    authMethod: pulumi.Input<string>;
    name: pulumi.Input<string>;
    remote?: pulumi.Input<string | undefined>;
}
