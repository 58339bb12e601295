// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
export class Instance extends pulumi.CustomResource {
    /**
     * Get an existing Instance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceState, opts?: pulumi.CustomResourceOptions): Instance {
        return new Instance(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/instance:Instance';

    /**
     * Returns true if the given object is an instance of Instance.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is Instance {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === Instance.__pulumiType;
    }

    /**
     * Allow instance to be stopped and restarted if required by the provider for operations like migration or renaming.
     */
    declare public readonly allowRestart: pulumi.Output<boolean>;
    declare public readonly config: pulumi.Output<{[key: string]: string}>;
    declare public readonly description: pulumi.Output<string>;
    /**
     * Instance device
     */
    declare public readonly devices: pulumi.Output<outputs.InstanceDevice[] | undefined>;
    declare public readonly ephemeral: pulumi.Output<boolean>;
    /**
     * Map of commands to run within the instance
     */
    declare public readonly execs: pulumi.Output<{[key: string]: outputs.InstanceExecs} | undefined>;
    /**
     * Upload file to instance
     */
    declare public readonly files: pulumi.Output<outputs.InstanceFile[] | undefined>;
    declare public readonly image: pulumi.Output<string | undefined>;
    /**
     * Map of the instance network interfaces
     */
    declare public /*out*/ readonly interfaces: pulumi.Output<{[key: string]: outputs.InstanceInterfaces}>;
    declare public /*out*/ readonly ipv4Address: pulumi.Output<string>;
    declare public /*out*/ readonly ipv6Address: pulumi.Output<string>;
    declare public readonly limits: pulumi.Output<{[key: string]: string}>;
    declare public /*out*/ readonly location: pulumi.Output<string>;
    declare public /*out*/ readonly macAddress: pulumi.Output<string>;
    declare public readonly name: pulumi.Output<string>;
    declare public readonly profiles: pulumi.Output<string[]>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    declare public readonly running: pulumi.Output<boolean>;
    declare public /*out*/ readonly status: pulumi.Output<string>;
    declare public readonly target: pulumi.Output<string | undefined>;
    declare public readonly timeouts: pulumi.Output<outputs.InstanceTimeouts | undefined>;
    declare public readonly type: pulumi.Output<string>;
    declare public readonly waitForNetwork: pulumi.Output<boolean>;

    /**
     * Create a Instance resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: InstanceArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: InstanceArgs | InstanceState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as InstanceState | undefined;
            resourceInputs["allowRestart"] = state?.allowRestart;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["devices"] = state?.devices;
            resourceInputs["ephemeral"] = state?.ephemeral;
            resourceInputs["execs"] = state?.execs;
            resourceInputs["files"] = state?.files;
            resourceInputs["image"] = state?.image;
            resourceInputs["interfaces"] = state?.interfaces;
            resourceInputs["ipv4Address"] = state?.ipv4Address;
            resourceInputs["ipv6Address"] = state?.ipv6Address;
            resourceInputs["limits"] = state?.limits;
            resourceInputs["location"] = state?.location;
            resourceInputs["macAddress"] = state?.macAddress;
            resourceInputs["name"] = state?.name;
            resourceInputs["profiles"] = state?.profiles;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["running"] = state?.running;
            resourceInputs["status"] = state?.status;
            resourceInputs["target"] = state?.target;
            resourceInputs["timeouts"] = state?.timeouts;
            resourceInputs["type"] = state?.type;
            resourceInputs["waitForNetwork"] = state?.waitForNetwork;
        } else {
            const args = argsOrState as InstanceArgs | undefined;
            resourceInputs["allowRestart"] = args?.allowRestart;
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["devices"] = args?.devices;
            resourceInputs["ephemeral"] = args?.ephemeral;
            resourceInputs["execs"] = args?.execs;
            resourceInputs["files"] = args?.files;
            resourceInputs["image"] = args?.image;
            resourceInputs["limits"] = args?.limits;
            resourceInputs["name"] = args?.name;
            resourceInputs["profiles"] = args?.profiles;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["running"] = args?.running;
            resourceInputs["target"] = args?.target;
            resourceInputs["timeouts"] = args?.timeouts;
            resourceInputs["type"] = args?.type;
            resourceInputs["waitForNetwork"] = args?.waitForNetwork;
            resourceInputs["interfaces"] = undefined /*out*/;
            resourceInputs["ipv4Address"] = undefined /*out*/;
            resourceInputs["ipv6Address"] = undefined /*out*/;
            resourceInputs["location"] = undefined /*out*/;
            resourceInputs["macAddress"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Instance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering Instance resources.
 */
export interface InstanceState {
    /**
     * Allow instance to be stopped and restarted if required by the provider for operations like migration or renaming.
     */
    allowRestart?: pulumi.Input<boolean | undefined>;
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    /**
     * Instance device
     */
    devices?: pulumi.Input<pulumi.Input<inputs.InstanceDevice>[] | undefined>;
    ephemeral?: pulumi.Input<boolean | undefined>;
    /**
     * Map of commands to run within the instance
     */
    execs?: pulumi.Input<{[key: string]: pulumi.Input<inputs.InstanceExecs>} | undefined>;
    /**
     * Upload file to instance
     */
    files?: pulumi.Input<pulumi.Input<inputs.InstanceFile>[] | undefined>;
    image?: pulumi.Input<string | undefined>;
    /**
     * Map of the instance network interfaces
     */
    interfaces?: pulumi.Input<{[key: string]: pulumi.Input<inputs.InstanceInterfaces>} | undefined>;
    ipv4Address?: pulumi.Input<string | undefined>;
    ipv6Address?: pulumi.Input<string | undefined>;
    limits?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
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
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    /**
     * Instance device
     */
    devices?: pulumi.Input<pulumi.Input<inputs.InstanceDevice>[] | undefined>;
    ephemeral?: pulumi.Input<boolean | undefined>;
    /**
     * Map of commands to run within the instance
     */
    execs?: pulumi.Input<{[key: string]: pulumi.Input<inputs.InstanceExecs>} | undefined>;
    /**
     * Upload file to instance
     */
    files?: pulumi.Input<pulumi.Input<inputs.InstanceFile>[] | undefined>;
    image?: pulumi.Input<string | undefined>;
    limits?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
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
