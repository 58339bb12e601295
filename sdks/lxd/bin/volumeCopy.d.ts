import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_volume_copy` (terraform-lxd/lxd 2.7.1).
 */
export declare class VolumeCopy extends pulumi.CustomResource {
    /**
     * Get an existing VolumeCopy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: VolumeCopyState, opts?: pulumi.CustomResourceOptions): VolumeCopy;
    /**
     * Returns true if the given object is an instance of VolumeCopy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is VolumeCopy;
    readonly name: pulumi.Output<string>;
    readonly pool: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * The name of the source volume.
     */
    readonly sourceName: pulumi.Output<string>;
    /**
     * The source pool.
     */
    readonly sourcePool: pulumi.Output<string>;
    /**
     * The remote from which the source volume is copied.
     */
    readonly sourceRemote: pulumi.Output<string | undefined>;
    readonly target: pulumi.Output<string | undefined>;
    /**
     * Create a VolumeCopy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: VolumeCopyArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering VolumeCopy resources.
 */
export interface VolumeCopyState {
    name?: pulumi.Input<string | undefined>;
    pool?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * The name of the source volume.
     */
    sourceName?: pulumi.Input<string | undefined>;
    /**
     * The source pool.
     */
    sourcePool?: pulumi.Input<string | undefined>;
    /**
     * The remote from which the source volume is copied.
     */
    sourceRemote?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a VolumeCopy resource.
 */
export interface VolumeCopyArgs {
    name?: pulumi.Input<string | undefined>;
    pool: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * The name of the source volume.
     */
    sourceName: pulumi.Input<string>;
    /**
     * The source pool.
     */
    sourcePool: pulumi.Input<string>;
    /**
     * The remote from which the source volume is copied.
     */
    sourceRemote?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
