// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_trust_certificate` (terraform-lxd/lxd 2.7.1).
 */
export class TrustCertificate extends pulumi.CustomResource {
    /**
     * Get an existing TrustCertificate resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TrustCertificateState, opts?: pulumi.CustomResourceOptions): TrustCertificate {
        return new TrustCertificate(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/trustCertificate:TrustCertificate';

    /**
     * Returns true if the given object is an instance of TrustCertificate.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is TrustCertificate {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === TrustCertificate.__pulumiType;
    }

    /**
     * Content of the client certificate.
     */
    declare public readonly content: pulumi.Output<string | undefined>;
    /**
     * Fingerprint of the certificate.
     */
    declare public /*out*/ readonly fingerprint: pulumi.Output<string>;
    /**
     * Name of the certificate.
     */
    declare public readonly name: pulumi.Output<string>;
    /**
     * Path to the client certificate.
     */
    declare public readonly path: pulumi.Output<string | undefined>;
    /**
     * List of projects to restrict the certificate to. By default, no restriction applies.
     */
    declare public readonly projects: pulumi.Output<string[]>;
    /**
     * The remote in which the certificate is created. If not provided, the provider's default remote is used.
     */
    declare public readonly remote: pulumi.Output<string | undefined>;
    /**
     * Certificate type.
     */
    declare public readonly type: pulumi.Output<string>;

    /**
     * Create a TrustCertificate resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: TrustCertificateArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: TrustCertificateArgs | TrustCertificateState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as TrustCertificateState | undefined;
            resourceInputs["content"] = state?.content;
            resourceInputs["fingerprint"] = state?.fingerprint;
            resourceInputs["name"] = state?.name;
            resourceInputs["path"] = state?.path;
            resourceInputs["projects"] = state?.projects;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["type"] = state?.type;
        } else {
            const args = argsOrState as TrustCertificateArgs | undefined;
            resourceInputs["content"] = args?.content ? pulumi.secret(args.content) : undefined;
            resourceInputs["name"] = args?.name;
            resourceInputs["path"] = args?.path;
            resourceInputs["projects"] = args?.projects;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["type"] = args?.type;
            resourceInputs["fingerprint"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        const secretOpts = { additionalSecretOutputs: ["content"] };
        opts = pulumi.mergeOptions(opts, secretOpts);
        super(TrustCertificate.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering TrustCertificate resources.
 */
export interface TrustCertificateState {
    /**
     * Content of the client certificate.
     */
    content?: pulumi.Input<string | undefined>;
    /**
     * Fingerprint of the certificate.
     */
    fingerprint?: pulumi.Input<string | undefined>;
    /**
     * Name of the certificate.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Path to the client certificate.
     */
    path?: pulumi.Input<string | undefined>;
    /**
     * List of projects to restrict the certificate to. By default, no restriction applies.
     */
    projects?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The remote in which the certificate is created. If not provided, the provider's default remote is used.
     */
    remote?: pulumi.Input<string | undefined>;
    /**
     * Certificate type.
     */
    type?: pulumi.Input<string | undefined>;
}

/**
 * The set of arguments for constructing a TrustCertificate resource.
 */
export interface TrustCertificateArgs {
    /**
     * Content of the client certificate.
     */
    content?: pulumi.Input<string | undefined>;
    /**
     * Name of the certificate.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * Path to the client certificate.
     */
    path?: pulumi.Input<string | undefined>;
    /**
     * List of projects to restrict the certificate to. By default, no restriction applies.
     */
    projects?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * The remote in which the certificate is created. If not provided, the provider's default remote is used.
     */
    remote?: pulumi.Input<string | undefined>;
    /**
     * Certificate type.
     */
    type?: pulumi.Input<string | undefined>;
}
