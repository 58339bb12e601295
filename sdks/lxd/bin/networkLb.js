"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.NetworkLb = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_network_lb` (terraform-lxd/lxd 2.7.1).
 */
class NetworkLb extends pulumi.CustomResource {
    /**
     * Get an existing NetworkLb resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new NetworkLb(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of NetworkLb.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === NetworkLb.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["backends"] = state?.backends;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["listenAddress"] = state?.listenAddress;
            resourceInputs["network"] = state?.network;
            resourceInputs["ports"] = state?.ports;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
        }
        else {
            const args = argsOrState;
            if (args?.listenAddress === undefined && !opts.urn) {
                throw new Error("Missing required property 'listenAddress'");
            }
            if (args?.network === undefined && !opts.urn) {
                throw new Error("Missing required property 'network'");
            }
            resourceInputs["backends"] = args?.backends;
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["listenAddress"] = args?.listenAddress;
            resourceInputs["network"] = args?.network;
            resourceInputs["ports"] = args?.ports;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(NetworkLb.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.NetworkLb = NetworkLb;
/** @internal */
NetworkLb.__pulumiType = 'lxd:index/networkLb:NetworkLb';
