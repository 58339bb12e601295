import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_instance_file` (terraform-lxd/lxd 2.7.1).
 */
export declare class InstanceFile extends pulumi.CustomResource {
    /**
     * Get an existing InstanceFile resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceFileState, opts?: pulumi.CustomResourceOptions): InstanceFile;
    /**
     * Returns true if the given object is an instance of InstanceFile.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is InstanceFile;
    readonly append: pulumi.Output<boolean | undefined>;
    readonly content: pulumi.Output<string | undefined>;
    readonly createDirectories: pulumi.Output<boolean | undefined>;
    readonly gid: pulumi.Output<number>;
    readonly instance: pulumi.Output<string>;
    readonly mode: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly resourceId: pulumi.Output<string>;
    readonly sourcePath: pulumi.Output<string | undefined>;
    readonly targetPath: pulumi.Output<string>;
    readonly uid: pulumi.Output<number>;
    /**
     * Create a InstanceFile resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: InstanceFileArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering InstanceFile resources.
 */
export interface InstanceFileState {
    append?: pulumi.Input<boolean | undefined>;
    content?: pulumi.Input<string | undefined>;
    createDirectories?: pulumi.Input<boolean | undefined>;
    gid?: pulumi.Input<number | undefined>;
    instance?: pulumi.Input<string | undefined>;
    mode?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    resourceId?: pulumi.Input<string | undefined>;
    sourcePath?: pulumi.Input<string | undefined>;
    targetPath?: pulumi.Input<string | undefined>;
    uid?: pulumi.Input<number | undefined>;
}
/**
 * The set of arguments for constructing a InstanceFile resource.
 */
export interface InstanceFileArgs {
    append?: pulumi.Input<boolean | undefined>;
    content?: pulumi.Input<string | undefined>;
    createDirectories?: pulumi.Input<boolean | undefined>;
    gid?: pulumi.Input<number | undefined>;
    instance: pulumi.Input<string>;
    mode?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    sourcePath?: pulumi.Input<string | undefined>;
    targetPath: pulumi.Input<string>;
    uid?: pulumi.Input<number | undefined>;
}
