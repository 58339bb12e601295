// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_auth_group` (terraform-lxd/lxd 2.7.1).
 */
export class AuthGroup extends pulumi.CustomResource {
    /**
     * Get an existing AuthGroup resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AuthGroupState, opts?: pulumi.CustomResourceOptions): AuthGroup {
        return new AuthGroup(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/authGroup:AuthGroup';

    /**
     * Returns true if the given object is an instance of AuthGroup.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AuthGroup {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === AuthGroup.__pulumiType;
    }

    declare public readonly description: pulumi.Output<string>;
    declare public readonly name: pulumi.Output<string>;
    declare public readonly permissions: pulumi.Output<outputs.AuthGroupPermission[]>;
    declare public readonly remote: pulumi.Output<string | undefined>;

    /**
     * Create a AuthGroup resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: AuthGroupArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: AuthGroupArgs | AuthGroupState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AuthGroupState | undefined;
            resourceInputs["description"] = state?.description;
            resourceInputs["name"] = state?.name;
            resourceInputs["permissions"] = state?.permissions;
            resourceInputs["remote"] = state?.remote;
        } else {
            const args = argsOrState as AuthGroupArgs | undefined;
            resourceInputs["description"] = args?.description;
            resourceInputs["name"] = args?.name;
            resourceInputs["permissions"] = args?.permissions;
            resourceInputs["remote"] = args?.remote;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(AuthGroup.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering AuthGroup resources.
 */
export interface AuthGroupState {
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    permissions?: pulumi.Input<pulumi.Input<inputs.AuthGroupPermission>[] | undefined>;
    remote?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a AuthGroup resource.
 */
export interface AuthGroupArgs {
    description?: pulumi.Input<string | undefined>;
    name?: pulumi.Input<string | undefined>;
    permissions?: pulumi.Input<pulumi.Input<inputs.AuthGroupPermission>[] | undefined>;
    remote?: pulumi.Input<string | undefined>;
}
