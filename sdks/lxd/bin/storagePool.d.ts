import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_storage_pool` (terraform-lxd/lxd 2.7.1).
 */
export declare class StoragePool extends pulumi.CustomResource {
    /**
     * Get an existing StoragePool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: StoragePoolState, opts?: pulumi.CustomResourceOptions): StoragePool;
    /**
     * Returns true if the given object is an instance of StoragePool.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is StoragePool;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    readonly driver: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Source of the storage pool which is respected only when the storage pool is being created.
     */
    readonly source: pulumi.Output<string | undefined>;
    readonly target: pulumi.Output<string | undefined>;
    /**
     * Create a StoragePool resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: StoragePoolArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering StoragePool resources.
 */
export interface StoragePoolState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    driver?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * Source of the storage pool which is respected only when the storage pool is being created.
     */
    source?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a StoragePool resource.
 */
export interface StoragePoolArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    driver: pulumi.Input<string>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * Source of the storage pool which is respected only when the storage pool is being created.
     */
    source?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
