import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform resource `lxd_network_forward` (terraform-lxd/lxd 2.7.1).
 */
export declare class NetworkForward extends pulumi.CustomResource {
    /**
     * Get an existing NetworkForward resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkForwardState, opts?: pulumi.CustomResourceOptions): NetworkForward;
    /**
     * Returns true if the given object is an instance of NetworkForward.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is NetworkForward;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    readonly listenAddress: pulumi.Output<string>;
    readonly network: pulumi.Output<string>;
    readonly ports: pulumi.Output<outputs.NetworkForwardPort[]>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Create a NetworkForward resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: NetworkForwardArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering NetworkForward resources.
 */
export interface NetworkForwardState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    listenAddress?: pulumi.Input<string | undefined>;
    network?: pulumi.Input<string | undefined>;
    ports?: pulumi.Input<pulumi.Input<inputs.NetworkForwardPort>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a NetworkForward resource.
 */
export interface NetworkForwardArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    listenAddress: pulumi.Input<string>;
    network: pulumi.Input<string>;
    ports?: pulumi.Input<pulumi.Input<inputs.NetworkForwardPort>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
