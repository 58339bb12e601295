import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_publish_image` (terraform-lxd/lxd 2.7.1).
 */
export declare class PublishImage extends pulumi.CustomResource {
    /**
     * Get an existing PublishImage resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PublishImageState, opts?: pulumi.CustomResourceOptions): PublishImage;
    /**
     * Returns true if the given object is an instance of PublishImage.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is PublishImage;
    readonly aliases: pulumi.Output<string[]>;
    readonly architecture: pulumi.Output<string>;
    readonly compressionAlgorithm: pulumi.Output<string>;
    readonly createdAt: pulumi.Output<number>;
    readonly filename: pulumi.Output<string | undefined>;
    readonly fingerprint: pulumi.Output<string>;
    readonly instance: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly properties: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    readonly public: pulumi.Output<boolean>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly triggers: pulumi.Output<string[] | undefined>;
    /**
     * Create a PublishImage resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: PublishImageArgs, opts?: pulumi.CustomResourceOptions);
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
    properties?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
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
    properties?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    public?: pulumi.Input<boolean | undefined>;
    remote?: pulumi.Input<string | undefined>;
    triggers?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
