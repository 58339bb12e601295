import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform resource `lxd_network_lb` (terraform-lxd/lxd 2.7.1).
 */
export declare class NetworkLb extends pulumi.CustomResource {
    /**
     * Get an existing NetworkLb resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkLbState, opts?: pulumi.CustomResourceOptions): NetworkLb;
    /**
     * Returns true if the given object is an instance of NetworkLb.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is NetworkLb;
    /**
     * Network load balancer backend
     */
    readonly backends: pulumi.Output<outputs.NetworkLbBackend[] | undefined>;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    readonly listenAddress: pulumi.Output<string>;
    readonly network: pulumi.Output<string>;
    /**
     * Network load balancer port
     */
    readonly ports: pulumi.Output<outputs.NetworkLbPort[] | undefined>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Create a NetworkLb resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: NetworkLbArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering NetworkLb resources.
 */
export interface NetworkLbState {
    /**
     * Network load balancer backend
     */
    backends?: pulumi.Input<pulumi.Input<inputs.NetworkLbBackend>[] | undefined>;
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    listenAddress?: pulumi.Input<string | undefined>;
    network?: pulumi.Input<string | undefined>;
    /**
     * Network load balancer port
     */
    ports?: pulumi.Input<pulumi.Input<inputs.NetworkLbPort>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a NetworkLb resource.
 */
export interface NetworkLbArgs {
    /**
     * Network load balancer backend
     */
    backends?: pulumi.Input<pulumi.Input<inputs.NetworkLbBackend>[] | undefined>;
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    listenAddress: pulumi.Input<string>;
    network: pulumi.Input<string>;
    /**
     * Network load balancer port
     */
    ports?: pulumi.Input<pulumi.Input<inputs.NetworkLbPort>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
