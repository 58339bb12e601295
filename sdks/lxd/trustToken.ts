// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_trust_token` (terraform-lxd/lxd 2.7.1).
 */
export class TrustToken extends pulumi.CustomResource {
    /**
     * Get an existing TrustToken resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TrustTokenState, opts?: pulumi.CustomResourceOptions): TrustToken {
        return new TrustToken(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/trustToken:TrustToken';

    /**
     * Returns true if the given object is an instance of TrustToken.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is TrustToken {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === TrustToken.__pulumiType;
    }

    /**
     * Time when trust token will expire.
     */
    declare public /*out*/ readonly expiresAt: pulumi.Output<string>;
    /**
     * Name of the token.
     */
    declare public readonly name: pulumi.Output<string>;
    declare public /*out*/ readonly operationId: pulumi.Output<string>;
    /**
     * List of projects to restrict the token to. By default, no restriction applies.
     */
    declare public readonly projects: pulumi.Output<string[]>;
    /**
     * The remote in which the trust token is created. If not provided, the provider's default remote is used.
     */
    declare public readonly remote: pulumi.Output<string | undefined>;
    /**
     * Generated trust token.
     */
    declare public /*out*/ readonly token: pulumi.Output<string>;
    /**
     * When to trigger the token generation. Possible values are once and always (if missing).
     */
    declare public readonly trigger: pulumi.Output<string>;

    /**
     * Create a TrustToken resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: TrustTokenArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: TrustTokenArgs | TrustTokenState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as TrustTokenState | undefined;
            resourceInputs["expiresAt"] = state?.expiresAt;
            resourceInputs["name"] = state?.name;
            resourceInputs["operationId"] = state?.operationId;
            resourceInputs["projects"] = state?.projects;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["token"] = state?.token;
            resourceInputs["trigger"] = state?.trigger;
        } else {
            const args = argsOrState as TrustTokenArgs | undefined;
            resourceInputs["name"] = args?.name;
            resourceInputs["projects"] = args?.projects;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["trigger"] = args?.trigger;
            resourceInputs["expiresAt"] = undefined /*out*/;
            resourceInputs["operationId"] = undefined /*out*/;
            resourceInputs["token"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(TrustToken.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering TrustToken resources.
 */
export interface TrustTokenState {
    /**
     * Time when trust token will expire.
     */
    expiresAt?: pulumi.Input<string | undefined>;
    /**
     * Name of the token.
     */
    name?: pulumi.Input<string | undefined>;
    operationId?: pulumi.Input<string | undefined>;
    /**
     * List of projects to restrict the token to. By default, no restriction applies.
     */
    projects?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The remote in which the trust token is created. If not provided, the provider's default remote is used.
     */
    remote?: pulumi.Input<string | undefined>;
    /**
     * Generated trust token.
     */
    token?: pulumi.Input<string | undefined>;
    /**
     * When to trigger the token generation. Possible values are once and always (if missing).
     */
    trigger?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a TrustToken resource.
 */
export interface TrustTokenArgs {
    /**
     * Name of the token.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * List of projects to restrict the token to. By default, no restriction applies.
     */
    projects?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The remote in which the trust token is created. If not provided, the provider's default remote is used.
     */
    remote?: pulumi.Input<string | undefined>;
    /**
     * When to trigger the token generation. Possible values are once and always (if missing).
     */
    trigger?: pulumi.Input<string | undefined>;
}
