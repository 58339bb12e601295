// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_volume_copy` (terraform-lxd/lxd 2.7.1).
 */
export class VolumeCopy extends pulumi.CustomResource {
    /**
     * Get an existing VolumeCopy resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: VolumeCopyState, opts?: pulumi.CustomResourceOptions): VolumeCopy {
        return new VolumeCopy(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/volumeCopy:VolumeCopy';

    /**
     * Returns true if the given object is an instance of VolumeCopy.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is VolumeCopy {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === VolumeCopy.__pulumiType;
    }

    declare public readonly name: pulumi.Output<string>;
    declare public readonly pool: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    /**
     * The name of the source volume.
     */
    declare public readonly sourceName: pulumi.Output<string>;
    /**
     * The source pool.
     */
    declare public readonly sourcePool: pulumi.Output<string>;
    /**
     * The remote from which the source volume is copied.
     */
    declare public readonly sourceRemote: pulumi.Output<string | undefined>;
    declare public readonly target: pulumi.Output<string | undefined>;

    /**
     * Create a VolumeCopy resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: VolumeCopyArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: VolumeCopyArgs | VolumeCopyState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as VolumeCopyState | undefined;
            resourceInputs["name"] = state?.name;
            resourceInputs["pool"] = state?.pool;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["sourceName"] = state?.sourceName;
            resourceInputs["sourcePool"] = state?.sourcePool;
            resourceInputs["sourceRemote"] = state?.sourceRemote;
            resourceInputs["target"] = state?.target;
        } else {
            const args = argsOrState as VolumeCopyArgs | undefined;
            if (args?.pool === undefined && !opts.urn) {
                throw new Error("Missing required property 'pool'");
            }
            if (args?.sourceName === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourceName'");
            }
            if (args?.sourcePool === undefined && !opts.urn) {
                throw new Error("Missing required property 'sourcePool'");
            }
            resourceInputs["name"] = args?.name;
            resourceInputs["pool"] = args?.pool;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["sourceName"] = args?.sourceName;
            resourceInputs["sourcePool"] = args?.sourcePool;
            resourceInputs["sourceRemote"] = args?.sourceRemote;
            resourceInputs["target"] = args?.target;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(VolumeCopy.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
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
