"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.PublishImage = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_publish_image` (terraform-lxd/lxd 2.7.1).
 */
class PublishImage extends pulumi.CustomResource {
    /**
     * Get an existing PublishImage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new PublishImage(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of PublishImage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === PublishImage.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["aliases"] = state?.aliases;
            resourceInputs["architecture"] = state?.architecture;
            resourceInputs["compressionAlgorithm"] = state?.compressionAlgorithm;
            resourceInputs["createdAt"] = state?.createdAt;
            resourceInputs["filename"] = state?.filename;
            resourceInputs["fingerprint"] = state?.fingerprint;
            resourceInputs["instance"] = state?.instance;
            resourceInputs["project"] = state?.project;
            resourceInputs["properties"] = state?.properties;
            resourceInputs["public"] = state?.public;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["triggers"] = state?.triggers;
        }
        else {
            const args = argsOrState;
            if (args?.instance === undefined && !opts.urn) {
                throw new Error("Missing required property 'instance'");
            }
            resourceInputs["aliases"] = args?.aliases;
            resourceInputs["compressionAlgorithm"] = args?.compressionAlgorithm;
            resourceInputs["filename"] = args?.filename;
            resourceInputs["instance"] = args?.instance;
            resourceInputs["project"] = args?.project;
            resourceInputs["properties"] = args?.properties;
            resourceInputs["public"] = args?.public;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["triggers"] = args?.triggers;
            resourceInputs["architecture"] = undefined /*out*/;
            resourceInputs["createdAt"] = undefined /*out*/;
            resourceInputs["fingerprint"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(PublishImage.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.PublishImage = PublishImage;
/** @internal */
PublishImage.__pulumiType = 'lxd:index/publishImage:PublishImage';
