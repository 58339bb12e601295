import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform resource `lxd_auth_group` (terraform-lxd/lxd 2.7.1).
 */
export declare class AuthGroup extends pulumi.CustomResource {
    /**
     * Get an existing AuthGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AuthGroupState, opts?: pulumi.CustomResourceOptions): AuthGroup;
    /**
     * Returns true if the given object is an instance of AuthGroup.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AuthGroup;
    readonly description: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly permissions: pulumi.Output<outputs.AuthGroupPermission[]>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Create a AuthGroup resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: AuthGroupArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AuthGroup resources.
 */
export interface AuthGroupState {
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    permissions?: pulumi.Input<pulumi.Input<inputs.AuthGroupPermission>[] | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a AuthGroup resource.
 */
export interface AuthGroupArgs {
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    permissions?: pulumi.Input<pulumi.Input<inputs.AuthGroupPermission>[] | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
