// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_storage_bucket_key` (terraform-lxd/lxd 2.7.1).
 */
export class StorageBucketKey extends pulumi.CustomResource {
    /**
     * Get an existing StorageBucketKey resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: StorageBucketKeyState, opts?: pulumi.CustomResourceOptions): StorageBucketKey {
        return new StorageBucketKey(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/storageBucketKey:StorageBucketKey';

    /**
     * Returns true if the given object is an instance of StorageBucketKey.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is StorageBucketKey {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === StorageBucketKey.__pulumiType;
    }

    declare public /*out*/ readonly accessKey: pulumi.Output<string>;
    declare public readonly bucket: pulumi.Output<string>;
    declare public readonly description: pulumi.Output<string>;
    declare public readonly name: pulumi.Output<string>;
    declare public readonly pool: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    declare public readonly role: pulumi.Output<string>;
    declare public /*out*/ readonly secretKey: pulumi.Output<string>;

    /**
     * Create a StorageBucketKey resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: StorageBucketKeyArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: StorageBucketKeyArgs | StorageBucketKeyState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as StorageBucketKeyState | undefined;
            resourceInputs["accessKey"] = state?.accessKey;
            resourceInputs["bucket"] = state?.bucket;
            resourceInputs["description"] = state?.description;
            resourceInputs["name"] = state?.name;
            resourceInputs["pool"] = state?.pool;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["role"] = state?.role;
            resourceInputs["secretKey"] = state?.secretKey;
        } else {
            const args = argsOrState as StorageBucketKeyArgs | undefined;
            if (args?.bucket === undefined && !opts.urn) {
                throw new Error("Missing required property 'bucket'");
            }
            if (args?.pool === undefined && !opts.urn) {
                throw new Error("Missing required property 'pool'");
            }
            resourceInputs["bucket"] = args?.bucket;
            resourceInputs["description"] = args?.description;
            resourceInputs["name"] = args?.name;
            resourceInputs["pool"] = args?.pool;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["role"] = args?.role;
            resourceInputs["accessKey"] = undefined /*out*/;
            resourceInputs["secretKey"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["accessKey", "secretKey"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(StorageBucketKey.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering StorageBucketKey resources.
 */
export interface StorageBucketKeyState {
    accessKey?: pulumi.Input<string | undefined>;
    bucket?: pulumi.Input<string | undefined>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    pool?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    role?: pulumi.Input<string | undefined>;
    secretKey?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a StorageBucketKey resource.
 */
export interface StorageBucketKeyArgs {
    bucket: pulumi.Input<string>;
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    pool: pulumi.Input<string>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    role?: pulumi.Input<string | undefined>;
}
