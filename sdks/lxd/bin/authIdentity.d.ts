import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
export declare class AuthIdentity extends pulumi.CustomResource {
    /**
     * Get an existing AuthIdentity resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AuthIdentityState, opts?: pulumi.CustomResourceOptions): AuthIdentity;
    /**
     * Returns true if the given object is an instance of AuthIdentity.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AuthIdentity;
    readonly authMethod: pulumi.Output<string>;
    readonly groups: pulumi.Output<string[]>;
    readonly name: pulumi.Output<string>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly tlsCertificate: pulumi.Output<string | undefined>;
    /**
     * Create a AuthIdentity resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: AuthIdentityArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AuthIdentity resources.
 */
export interface AuthIdentityState {
    authMethod?: pulumi.Input<string | undefined>;
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    tlsCertificate?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a AuthIdentity resource.
 */
export interface AuthIdentityArgs {
    authMethod: pulumi.Input<string>;
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    tlsCertificate?: pulumi.Input<string | undefined>;
}
