// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_instance_device` (terraform-lxd/lxd 2.7.1).
 */
export class InstanceDevice extends pulumi.CustomResource {
    /**
     * Get an existing InstanceDevice resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceDeviceState, opts?: pulumi.CustomResourceOptions): InstanceDevice {
        return new InstanceDevice(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/instanceDevice:InstanceDevice';

    /**
     * Returns true if the given object is an instance of InstanceDevice.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is InstanceDevice {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === InstanceDevice.__pulumiType;
    }

    /**
     * Instance name
     */
    declare public readonly instanceName: pulumi.Output<string>;
    /**
     * Device name
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Project
     */
    declare public readonly project: pulumi.Output<string | undefined>;
    /**
     * Device properties
     */
    declare public readonly properties: pulumi.Output<{[key: string]: string}>;
    /**
     * Remote
     */
    declare public readonly remote: pulumi.Output<string | undefined>;
    /**
     * Target
     */
    declare public readonly target: pulumi.Output<string | undefined>;
    /**
     * Device type
     */
    declare public readonly type: pulumi.Output<string>;

    /**
     * Create a InstanceDevice resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: InstanceDeviceArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: InstanceDeviceArgs | InstanceDeviceState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as InstanceDeviceState | undefined;
            resourceInputs["instanceName"] = state?.instanceName;
            resourceInputs["name"] = state?.name;
            resourceInputs["project"] = state?.project;
            resourceInputs["properties"] = state?.properties;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["target"] = state?.target;
            resourceInputs["type"] = state?.type;
        } else {
            const args = argsOrState as InstanceDeviceArgs | undefined;
            if (args?.instanceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'instanceName'");
            }
            if (args?.properties === undefined && !opts.urn) {
                throw new Error("Missing required property 'properties'");
            }
            if (args?.type === undefined && !opts.urn) {
                throw new Error("Missing required property 'type'");
            }
            resourceInputs["instanceName"] = args?.instanceName;
            resourceInputs["name"] = args?.name;
            resourceInputs["project"] = args?.project;
            resourceInputs["properties"] = args?.properties;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["target"] = args?.target;
            resourceInputs["type"] = args?.type;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(InstanceDevice.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
    properties?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
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
    properties: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
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
