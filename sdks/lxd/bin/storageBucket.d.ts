import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_storage_bucket` (terraform-lxd/lxd 2.7.1).
 */
export declare class StorageBucket extends pulumi.CustomResource {
    /**
     * Get an existing StorageBucket resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: StorageBucketState, opts?: pulumi.CustomResourceOptions): StorageBucket;
    /**
     * Returns true if the given object is an instance of StorageBucket.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is StorageBucket;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    readonly location: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly pool: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly target: pulumi.Output<string>;
    /**
     * Create a StorageBucket resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: StorageBucketArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering StorageBucket resources.
 */
export interface StorageBucketState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    location?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    pool?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a StorageBucket resource.
 */
export interface StorageBucketArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    pool: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
