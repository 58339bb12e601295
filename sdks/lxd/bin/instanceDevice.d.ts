import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_instance_device` (terraform-lxd/lxd 2.7.1).
 */
export declare class InstanceDevice extends pulumi.CustomResource {
    /**
     * Get an existing InstanceDevice resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceDeviceState, opts?: pulumi.CustomResourceOptions): InstanceDevice;
    /**
     * Returns true if the given object is an instance of InstanceDevice.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is InstanceDevice;
    /**
     * Instance name
     */
    readonly instanceName: pulumi.Output<string>;
    /**
     * Device name
     */
    readonly name: pulumi.Output<string>;
    /**
     * Project
     */
    readonly project: pulumi.Output<string | undefined>;
    /**
     * Device properties
     */
    readonly properties: pulumi.Output<{
        [key: string]: string;
    }>;
    /**
     * Remote
     */
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Target
     */
    readonly target: pulumi.Output<string | undefined>;
    /**
     * Device type
     */
    readonly type: pulumi.Output<string>;
    /**
     * Create a InstanceDevice resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: InstanceDeviceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering InstanceDevice resources.
 */
export interface InstanceDeviceState {
    /**
     * Instance name
     */
    instanceName?: pulumi.Input<string | undefined>;
    /**
     * Device name
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Project
     */
    project?: pulumi.Input<string | undefined>;
    /**
     * Device properties
     */
    properties?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * Remote
     */
    remote?: pulumi.Input<string | undefined>;
    /**
     * Target
     */
    target?: pulumi.Input<string | undefined>;
    /**
     * Device type
     */
    type?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a InstanceDevice resource.
 */
export interface InstanceDeviceArgs {
    /**
     * Instance name
     */
    instanceName: pulumi.Input<string>;
    /**
     * Device name
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Project
     */
    project?: pulumi.Input<string | undefined>;
    /**
     * Device properties
     */
    properties: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    }>;
    /**
     * Remote
     */
    remote?: pulumi.Input<string | undefined>;
    /**
     * Target
     */
    target?: pulumi.Input<string | undefined>;
    /**
     * Device type
     */
    type: pulumi.Input<string>;
}
