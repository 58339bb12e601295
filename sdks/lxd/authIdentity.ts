// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
export class AuthIdentity extends pulumi.CustomResource {
    /**
     * Get an existing AuthIdentity resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AuthIdentityState, opts?: pulumi.CustomResourceOptions): AuthIdentity {
        return new AuthIdentity(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/authIdentity:AuthIdentity';

    /**
     * Returns true if the given object is an instance of AuthIdentity.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is AuthIdentity {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === AuthIdentity.__pulumiType;
    }

    declare public readonly authMethod: pulumi.Output<string>;
    declare public readonly groups: pulumi.Output<string[]>;
    declare public readonly name: pulumi.Output<string>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    declare public readonly tlsCertificate: pulumi.Output<string | undefined>;

    /**
     * Create a AuthIdentity resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: AuthIdentityArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: AuthIdentityArgs | AuthIdentityState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as AuthIdentityState | undefined;
            resourceInputs["authMethod"] = state?.authMethod;
            resourceInputs["groups"] = state?.groups;
            resourceInputs["name"] = state?.name;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["tlsCertificate"] = state?.tlsCertificate;
        } else {
            const args = argsOrState as AuthIdentityArgs | undefined;
            if (args?.authMethod === undefined && !opts.urn) {
                throw new Error("Missing required property 'authMethod'");
            }
            resourceInputs["authMethod"] = args?.authMethod;
            resourceInputs["groups"] = args?.groups;
            resourceInputs["name"] = args?.name;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["tlsCertificate"] = args?.tlsCertificate ? pulumi.secret(args.tlsCertificate) : undefined;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["tlsCertificate"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(AuthIdentity.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering AuthIdentity resources.
 */
export interface AuthIdentityState {
    authMethod?: pulumi.Input<string | undefined>;
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    tlsCertificate?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a AuthIdentity resource.
 */
export interface AuthIdentityArgs {
    authMethod: pulumi.Input<string>;
    groups?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    tlsCertificate?: pulumi.Input<string | undefined>;
}
