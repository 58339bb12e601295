import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_storage_bucket_key` (terraform-lxd/lxd 2.7.1).
 */
export declare class StorageBucketKey extends pulumi.CustomResource {
    /**
     * Get an existing StorageBucketKey resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: StorageBucketKeyState, opts?: pulumi.CustomResourceOptions): StorageBucketKey;
    /**
     * Returns true if the given object is an instance of StorageBucketKey.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is StorageBucketKey;
    readonly accessKey: pulumi.Output<string>;
    readonly bucket: pulumi.Output<string>;
    readonly description: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly pool: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly role: pulumi.Output<string>;
    readonly secretKey: pulumi.Output<string>;
    /**
     * Create a StorageBucketKey resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: StorageBucketKeyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering StorageBucketKey resources.
 */
export interface StorageBucketKeyState {
    accessKey?: pulumi.Input<string | undefined>;
    bucket?: pulumi.Input<string | undefined>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    pool?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    role?: pulumi.Input<string | undefined>;
    secretKey?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a StorageBucketKey resource.
 */
export interface StorageBucketKeyArgs {
    bucket: pulumi.Input<string>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    pool: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    role?: pulumi.Input<string | undefined>;
}
