import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_cached_image` (terraform-lxd/lxd 2.7.1).
 */
export declare class CachedImage extends pulumi.CustomResource {
    /**
     * Get an existing CachedImage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: CachedImageState, opts?: pulumi.CustomResourceOptions): CachedImage;
    /**
     * Returns true if the given object is an instance of CachedImage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is CachedImage;
    readonly aliases: pulumi.Output<string[]>;
    readonly architecture: pulumi.Output<string>;
    readonly copiedAliases: pulumi.Output<string[]>;
    readonly copyAliases: pulumi.Output<boolean>;
    readonly createdAt: pulumi.Output<number>;
    readonly fingerprint: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly sourceImage: pulumi.Output<string>;
    readonly sourceRemote: pulumi.Output<string>;
    readonly type: pulumi.Output<string>;
    /**
     * Create a CachedImage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: CachedImageArgs, opts?: pulumi.CustomResourceOptions);
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
