// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_storage_pool` (terraform-lxd/lxd 2.7.1).
 */
export class StoragePool extends pulumi.CustomResource {
    /**
     * Get an existing StoragePool resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: StoragePoolState, opts?: pulumi.CustomResourceOptions): StoragePool {
        return new StoragePool(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/storagePool:StoragePool';

    /**
     * Returns true if the given object is an instance of StoragePool.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is StoragePool {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === StoragePool.__pulumiType;
    }

    declare public readonly config: pulumi.Output<{[key: string]: string}>;
    declare public readonly description: pulumi.Output<string>;
    declare public readonly driver: pulumi.Output<string>;
    declare public readonly name: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    /**
     * Source of the storage pool which is respected only when the storage pool is being created.
     */
    declare public readonly source: pulumi.Output<string | undefined>;
    declare public readonly target: pulumi.Output<string | undefined>;

    /**
     * Create a StoragePool resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: StoragePoolArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: StoragePoolArgs | StoragePoolState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as StoragePoolState | undefined;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["driver"] = state?.driver;
            resourceInputs["name"] = state?.name;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["source"] = state?.source;
            resourceInputs["target"] = state?.target;
        } else {
            const args = argsOrState as StoragePoolArgs | undefined;
            if (args?.driver === undefined && !opts.urn) {
                throw new Error("Missing required property 'driver'");
            }
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["driver"] = args?.driver;
            resourceInputs["name"] = args?.name;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["source"] = args?.source;
            resourceInputs["target"] = args?.target;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(StoragePool.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering StoragePool resources.
 */
export interface StoragePoolState {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    driver?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * Source of the storage pool which is respected only when the storage pool is being created.
     */
    source?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a StoragePool resource.
 */
export interface StoragePoolArgs {
    config?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    description?: pulumi.Input<string | undefined>;
    driver: pulumi.Input<string>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    /**
     * Source of the storage pool which is respected only when the storage pool is being created.
     */
    source?: pulumi.Input<string | undefined>;
    target?: pulumi.Input<string | undefined>;
}
