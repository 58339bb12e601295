"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.CachedImage = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_cached_image` (terraform-lxd/lxd 2.7.1).
 */
class CachedImage extends pulumi.CustomResource {
    /**
     * Get an existing CachedImage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new CachedImage(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of CachedImage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === CachedImage.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["aliases"] = state?.aliases;
            resourceInputs["architecture"] = state?.architecture;
            resourceInputs["copiedAliases"] = state?.copiedAliases;
            resourceInputs["copyAliases"] = state?.copyAliases;
            resourceInputs["createdAt"] = state?.createdAt;
            resourceInputs["fingerprint"] = state?.fingerprint;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["sourceImage"] = state?.sourceImage;
            resourceInputs["sourceRemote"] = state?.sourceRemote;
            resourceInputs["type"] = state?.type;
        }
        else {
            const args = argsOrState;
            if (args?.sourceImage === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourceImage'");
            }
            if (args?.sourceRemote === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourceRemote'");
            }
            resourceInputs["aliases"] = args?.aliases;
            resourceInputs["copyAliases"] = args?.copyAliases;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["sourceImage"] = args?.sourceImage;
            resourceInputs["sourceRemote"] = args?.sourceRemote;
            resourceInputs["type"] = args?.type;
            resourceInputs["architecture"] = undefined /*out*/;
            resourceInputs["copiedAliases"] = undefined /*out*/;
            resourceInputs["createdAt"] = undefined /*out*/;
            resourceInputs["fingerprint"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(CachedImage.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.CachedImage = CachedImage;
/** @internal */
CachedImage.__pulumiType = 'lxd:index/cachedImage:CachedImage';
