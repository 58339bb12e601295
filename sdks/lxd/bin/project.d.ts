import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
export declare class Project extends pulumi.CustomResource {
    /**
     * Get an existing Project resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ProjectState, opts?: pulumi.CustomResourceOptions): Project;
    /**
     * Returns true if the given object is an instance of Project.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Project;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Create a Project resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: ProjectArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Project resources.
 */
export interface ProjectState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a Project resource.
 */
export interface ProjectArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
