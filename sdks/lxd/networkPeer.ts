// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_network_peer` (terraform-lxd/lxd 2.7.1).
 */
export class NetworkPeer extends pulumi.CustomResource {
    /**
     * Get an existing NetworkPeer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkPeerState, opts?: pulumi.CustomResourceOptions): NetworkPeer {
        return new NetworkPeer(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/networkPeer:NetworkPeer';

    /**
     * Returns true if the given object is an instance of NetworkPeer.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is NetworkPeer {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === NetworkPeer.__pulumiType;
    }

    declare public readonly config: pulumi.Output<{[key: string]: string}>;
    /**
     * Description of the network peer
     */
    declare public readonly description: pulumi.Output<string>;
    /**
     * Name of the network peer
     */
    declare public readonly name: pulumi.Output<string>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    /**
     * Name of the source network.
     */
    declare public readonly sourceNetwork: pulumi.Output<string>;
    /**
     * Project of the source network.
     */
    declare public readonly sourceProject: pulumi.Output<string>;
    /**
     * Network peer status
     */
    declare public /*out*/ readonly status: pulumi.Output<string>;
    /**
     * Name of the target network.
     */
    declare public readonly targetNetwork: pulumi.Output<string>;
    /**
     * Project of the target network. Defaults to source project.
     */
    declare public readonly targetProject: pulumi.Output<string>;

    /**
     * Create a NetworkPeer resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: NetworkPeerArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: NetworkPeerArgs | NetworkPeerState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as NetworkPeerState | undefined;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["name"] = state?.name;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["sourceNetwork"] = state?.sourceNetwork;
            resourceInputs["sourceProject"] = state?.sourceProject;
            resourceInputs["status"] = state?.status;
            resourceInputs["targetNetwork"] = state?.targetNetwork;
            resourceInputs["targetProject"] = state?.targetProject;
        } else {
            const args = argsOrState as NetworkPeerArgs | undefined;
            if (args?.sourceNetwork === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourceNetwork'");
            }
            if (args?.targetNetwork === undefined && !opts.urn) {
                throw new Error("Missing required property 'targetNetwork'");
            }
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["name"] = args?.name;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["sourceNetwork"] = args?.sourceNetwork;
            resourceInputs["sourceProject"] = args?.sourceProject;
            resourceInputs["targetNetwork"] = args?.targetNetwork;
            resourceInputs["targetProject"] = args?.targetProject;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(NetworkPeer.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering NetworkPeer resources.
 */
export interface NetworkPeerState {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
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
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
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
