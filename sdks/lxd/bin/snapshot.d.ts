import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_snapshot` (terraform-lxd/lxd 2.7.1).
 */
export declare class Snapshot extends pulumi.CustomResource {
    /**
     * Get an existing Snapshot resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: SnapshotState, opts?: pulumi.CustomResourceOptions): Snapshot;
    /**
     * Returns true if the given object is an instance of Snapshot.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Snapshot;
    readonly createdAt: pulumi.Output<number>;
    readonly instance: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly stateful: pulumi.Output<boolean>;
    /**
     * Create a Snapshot resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: SnapshotArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Snapshot resources.
 */
export interface SnapshotState {
    createdAt?: pulumi.Input<number | undefined>;
    instance?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    stateful?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a Snapshot resource.
 */
export interface SnapshotArgs {
    instance: pulumi.Input<string>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    stateful?: pulumi.Input<boolean | undefined>;
}
