// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_cached_image` (terraform-lxd/lxd 2.7.1).
 */
export class CachedImage extends pulumi.CustomResource {
    /**
     * Get an existing CachedImage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CachedImageState, opts?: pulumi.CustomResourceOptions): CachedImage {
        return new CachedImage(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/cachedImage:CachedImage';

    /**
     * Returns true if the given object is an instance of CachedImage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is CachedImage {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === CachedImage.__pulumiType;
    }

    declare public readonly aliases: pulumi.Output<string[]>;
    declare public /*out*/ readonly architecture: pulumi.Output<string>;
    declare public /*out*/ readonly copiedAliases: pulumi.Output<string[]>;
    declare public readonly copyAliases: pulumi.Output<boolean>;
    declare public /*out*/ readonly createdAt: pulumi.Output<number>;
    declare public /*out*/ readonly fingerprint: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    declare public readonly sourceImage: pulumi.Output<string>;
    declare public readonly sourceRemote: pulumi.Output<string>;
    declare public readonly type: pulumi.Output<string>;

    /**
     * Create a CachedImage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: CachedImageArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: CachedImageArgs | CachedImageState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as CachedImageState | undefined;
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
        } else {
            const args = argsOrState as CachedImageArgs | undefined;
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

/**
 * Input properties used for looking up and filtering CachedImage resources.
 */
export interface CachedImageState {
    aliases?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    architecture?: pulumi.Input<string | undefined>;
    copiedAliases?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    copyAliases?: pulumi.Input<boolean | undefined>;
    createdAt?: pulumi.Input<number | undefined>;
    fingerprint?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    sourceImage?: pulumi.Input<string | undefined>;
    sourceRemote?: pulumi.Input<string | undefined>;
    type?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a CachedImage resource.
 */
export interface CachedImageArgs {
    aliases?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    copyAliases?: pulumi.Input<boolean | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    sourceImage: pulumi.Input<string>;
    sourceRemote: pulumi.Input<string>;
    type?: pulumi.Input<string | undefined>;
}
