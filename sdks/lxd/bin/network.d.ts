import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_network` (terraform-lxd/lxd 2.7.1).
 */
export declare class Network extends pulumi.CustomResource {
    /**
     * Get an existing Network resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkState, opts?: pulumi.CustomResourceOptions): Network;
    /**
     * Returns true if the given object is an instance of Network.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Network;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    readonly ipv4Address: pulumi.Output<string>;
    readonly ipv6Address: pulumi.Output<string>;
    readonly managed: pulumi.Output<boolean>;
    readonly name: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly target: pulumi.Output<string | undefined>;
    readonly type: pulumi.Output<string>;
    /**
     * Create a Network resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: NetworkArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Network resources.
 */
export interface NetworkState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    ipv4Address?: pulumi.Input<string | undefined>;
    ipv6Address?: pulumi.Input<string | undefined>;
    managed?: pulumi.Input<boolean | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
    type?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Network resource.
 */
export interface NetworkArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
    type?: pulumi.Input<string | undefined>;
}
