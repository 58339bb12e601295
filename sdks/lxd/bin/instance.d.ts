import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform resource `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
export declare class Instance extends pulumi.CustomResource {
    /**
     * Get an existing Instance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceState, opts?: pulumi.CustomResourceOptions): Instance;
    /**
     * Returns true if the given object is an instance of Instance.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Instance;
    /**
     * Allow instance to be stopped and restarted if required by the provider for operations like migration or renaming.
     */
    readonly allowRestart: pulumi.Output<boolean>;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    /**
     * Instance device
     */
    readonly devices: pulumi.Output<outputs.InstanceDevice[] | undefined>;
    readonly ephemeral: pulumi.Output<boolean>;
    /**
     * Map of commands to run within the instance
     */
    readonly execs: pulumi.Output<{
        [key: string]: outputs.InstanceExecs;
    } | undefined>;
    /**
     * Upload file to instance
     */
    readonly files: pulumi.Output<outputs.InstanceFile[] | undefined>;
    readonly image: pulumi.Output<string | undefined>;
    /**
     * Map of the instance network interfaces
     */
    readonly interfaces: pulumi.Output<{
        [key: string]: outputs.InstanceInterfaces;
    }>;
    readonly ipv4Address: pulumi.Output<string>;
    readonly ipv6Address: pulumi.Output<string>;
    readonly limits: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly location: pulumi.Output<string>;
    readonly macAddress: pulumi.Output<string>;
    readonly name: pulumi.Output<string>;
    readonly profiles: pulumi.Output<string[]>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly running: pulumi.Output<boolean>;
    readonly status: pulumi.Output<string>;
    readonly target: pulumi.Output<string | undefined>;
    readonly timeouts: pulumi.Output<outputs.InstanceTimeouts | undefined>;
    readonly type: pulumi.Output<string>;
    readonly waitForNetwork: pulumi.Output<boolean>;
    /**
     * Create a Instance resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: InstanceArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Instance resources.
 */
export interface InstanceState {
    /**
     * Allow instance to be stopped and restarted if required by the provider for operations like migration or renaming.
     */
    allowRestart?: pulumi.Input<boolean | undefined>;
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    /**
     * Instance device
     */
    devices?: pulumi.Input<pulumi.Input<inputs.InstanceDevice>[] | undefined>;
    ephemeral?: pulumi.Input<boolean | undefined>;
    /**
     * Map of commands to run within the instance
     */
    execs?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.InstanceExecs>;
    } | undefined>;
    /**
     * Upload file to instance
     */
    files?: pulumi.Input<pulumi.Input<inputs.InstanceFile>[] | undefined>;
    image?: pulumi.Input<string | undefined>;
    /**
     * Map of the instance network interfaces
     */
    interfaces?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.InstanceInterfaces>;
    } | undefined>;
    ipv4Address?: pulumi.Input<string | undefined>;
    ipv6Address?: pulumi.Input<string | undefined>;
    limits?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    location?: pulumi.Input<string | undefined>;
    macAddress?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    profiles?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    running?: pulumi.Input<boolean | undefined>;
    status?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.InstanceTimeouts | undefined>;
    type?: pulumi.Input<string | undefined>;
    waitForNetwork?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a Instance resource.
 */
export interface InstanceArgs {
    /**
     * Allow instance to be stopped and restarted if required by the provider for operations like migration or renaming.
     */
    allowRestart?: pulumi.Input<boolean | undefined>;
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    /**
     * Instance device
     */
    devices?: pulumi.Input<pulumi.Input<inputs.InstanceDevice>[] | undefined>;
    ephemeral?: pulumi.Input<boolean | undefined>;
    /**
     * Map of commands to run within the instance
     */
    execs?: pulumi.Input<{
        [key: string]: pulumi.Input<inputs.InstanceExecs>;
    } | undefined>;
    /**
     * Upload file to instance
     */
    files?: pulumi.Input<pulumi.Input<inputs.InstanceFile>[] | undefined>;
    image?: pulumi.Input<string | undefined>;
    limits?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    name?: pulumi.Input<string | undefined>;
    profiles?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    running?: pulumi.Input<boolean | undefined>;
    target?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.InstanceTimeouts | undefined>;
    type?: pulumi.Input<string | undefined>;
    waitForNetwork?: pulumi.Input<boolean | undefined>;
}
