import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_network_peer` (terraform-lxd/lxd 2.7.1).
 */
export declare class NetworkPeer extends pulumi.CustomResource {
    /**
     * Get an existing NetworkPeer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkPeerState, opts?: pulumi.CustomResourceOptions): NetworkPeer;
    /**
     * Returns true if the given object is an instance of NetworkPeer.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is NetworkPeer;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Description of the network peer
     */
    readonly description: pulumi.Output<string>;
    /**
     * Name of the network peer
     */
    readonly name: pulumi.Output<string>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Name of the source network.
     */
    readonly sourceNetwork: pulumi.Output<string>;
    /**
     * Project of the source network.
     */
    readonly sourceProject: pulumi.Output<string>;
    /**
     * Network peer status
     */
    readonly status: pulumi.Output<string>;
    /**
     * Name of the target network.
     */
    readonly targetNetwork: pulumi.Output<string>;
    /**
     * Project of the target network. Defaults to source project.
     */
    readonly targetProject: pulumi.Output<string>;
    /**
     * Create a NetworkPeer resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: NetworkPeerArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering NetworkPeer resources.
 */
export interface NetworkPeerState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Description of the network peer
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Name of the network peer
     */
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * Name of the source network.
     */
    sourceNetwork?: pulumi.Input<string | undefined>;
    /**
     * Project of the source network.
     */
    sourceProject?: pulumi.Input<string | undefined>;
    /**
     * Network peer status
     */
    status?: pulumi.Input<string | undefined>;
    /**
     * Name of the target network.
     */
    targetNetwork?: pulumi.Input<string | undefined>;
    /**
     * Project of the target network. Defaults to source project.
     */
    targetProject?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a NetworkPeer resource.
 */
export interface NetworkPeerArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Description of the network peer
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Name of the network peer
     */
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * Name of the source network.
     */
    sourceNetwork: pulumi.Input<string>;
    /**
     * Project of the source network.
     */
    sourceProject?: pulumi.Input<string | undefined>;
    /**
     * Name of the target network.
     */
    targetNetwork: pulumi.Input<string>;
    /**
     * Project of the target network. Defaults to source project.
     */
    targetProject?: pulumi.Input<string | undefined>;
}
