"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.NetworkPeer = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_network_peer` (terraform-lxd/lxd 2.7.1).
 */
class NetworkPeer extends pulumi.CustomResource {
    /**
     * Get an existing NetworkPeer resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new NetworkPeer(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of NetworkPeer.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === NetworkPeer.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["name"] = state?.name;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["sourceNetwork"] = state?.sourceNetwork;
            resourceInputs["sourceProject"] = state?.sourceProject;
            resourceInputs["status"] = state?.status;
            resourceInputs["targetNetwork"] = state?.targetNetwork;
            resourceInputs["targetProject"] = state?.targetProject;
        }
        else {
            const args = argsOrState;
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
exports.NetworkPeer = NetworkPeer;
/** @internal */
NetworkPeer.__pulumiType = 'lxd:index/networkPeer:NetworkPeer';
