// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_publish_image` (terraform-lxd/lxd 2.7.1).
 */
export class PublishImage extends pulumi.CustomResource {
    /**
     * Get an existing PublishImage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PublishImageState, opts?: pulumi.CustomResourceOptions): PublishImage {
        return new PublishImage(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/publishImage:PublishImage';

    /**
     * Returns true if the given object is an instance of PublishImage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is PublishImage {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === PublishImage.__pulumiType;
    }

    declare public readonly aliases: pulumi.Output<string[]>;
    declare public /*out*/ readonly architecture: pulumi.Output<string>;
    declare public readonly compressionAlgorithm: pulumi.Output<string>;
    declare public /*out*/ readonly createdAt: pulumi.Output<number>;
    declare public readonly filename: pulumi.Output<string | undefined>;
    declare public /*out*/ readonly fingerprint: pulumi.Output<string>;
    declare public readonly instance: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly properties: pulumi.Output<{[key: string]: string} | undefined>;
    declare public readonly public: pulumi.Output<boolean>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    declare public readonly triggers: pulumi.Output<string[] | undefined>;

    /**
     * Create a PublishImage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: PublishImageArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: PublishImageArgs | PublishImageState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as PublishImageState | undefined;
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
        } else {
            const args = argsOrState as PublishImageArgs | undefined;
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

/**
 * Input properties used for looking up and filtering PublishImage resources.
 */
export interface PublishImageState {
    aliases?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    architecture?: pulumi.Input<string | undefined>;
    compressionAlgorithm?: pulumi.Input<string | undefined>;
    createdAt?: pulumi.Input<number | undefined>;
    filename?: pulumi.Input<string | undefined>;
    fingerprint?: pulumi.Input<string | undefined>;
    instance?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    properties?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    public?: pulumi.Input<boolean | undefined>;
    remote?: pulumi.Input<string | undefined>;
    triggers?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}

/**
 * The set of arguments for constructing a PublishImage resource.
 */
export interface PublishImageArgs {
    aliases?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    compressionAlgorithm?: pulumi.Input<string | undefined>;
    filename?: pulumi.Input<string | undefined>;
    instance: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    properties?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    public?: pulumi.Input<boolean | undefined>;
    remote?: pulumi.Input<string | undefined>;
    triggers?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
