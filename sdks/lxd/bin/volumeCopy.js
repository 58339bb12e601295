"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.VolumeCopy = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_volume_copy` (terraform-lxd/lxd 2.7.1).
 */
class VolumeCopy extends pulumi.CustomResource {
    /**
     * Get an existing VolumeCopy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new VolumeCopy(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of VolumeCopy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === VolumeCopy.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["name"] = state?.name;
            resourceInputs["pool"] = state?.pool;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["sourceName"] = state?.sourceName;
            resourceInputs["sourcePool"] = state?.sourcePool;
            resourceInputs["sourceRemote"] = state?.sourceRemote;
            resourceInputs["target"] = state?.target;
        }
        else {
            const args = argsOrState;
            if (args?.pool === undefined && !opts.urn) {
                throw new Error("Missing required property 'pool'");
            }
            if (args?.sourceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourceName'");
            }
            if (args?.sourcePool === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourcePool'");
            }
            resourceInputs["name"] = args?.name;
            resourceInputs["pool"] = args?.pool;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["sourceName"] = args?.sourceName;
            resourceInputs["sourcePool"] = args?.sourcePool;
            resourceInputs["sourceRemote"] = args?.sourceRemote;
            resourceInputs["target"] = args?.target;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(VolumeCopy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.VolumeCopy = VolumeCopy;
/** @internal */
VolumeCopy.__pulumiType = 'lxd:index/volumeCopy:VolumeCopy';
