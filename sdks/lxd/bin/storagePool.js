"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.StoragePool = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_storage_pool` (terraform-lxd/lxd 2.7.1).
 */
class StoragePool extends pulumi.CustomResource {
    /**
     * Get an existing StoragePool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new StoragePool(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of StoragePool.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === StoragePool.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["driver"] = state?.driver;
            resourceInputs["name"] = state?.name;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["source"] = state?.source;
            resourceInputs["target"] = state?.target;
        }
        else {
            const args = argsOrState;
            if (args?.driver === undefined && !opts.urn) {
                throw new Error("Missing required property 'driver'");
            }
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["driver"] = args?.driver;
            resourceInputs["name"] = args?.name;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["source"] = args?.source;
            resourceInputs["target"] = args?.target;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(StoragePool.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.StoragePool = StoragePool;
/** @internal */
StoragePool.__pulumiType = 'lxd:index/storagePool:StoragePool';
