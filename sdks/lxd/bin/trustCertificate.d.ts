import * as pulumi from "@pulumi/pulumi";
/**
 * Bridged from the Terraform resource `lxd_trust_certificate` (terraform-lxd/lxd 2.7.1).
 */
export declare class TrustCertificate extends pulumi.CustomResource {
    /**
     * Get an existing TrustCertificate resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: TrustCertificateState, opts?: pulumi.CustomResourceOptions): TrustCertificate;
    /**
     * Returns true if the given object is an instance of TrustCertificate.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is TrustCertificate;
    /**
     * Content of the client certificate.
     */
    readonly content: pulumi.Output<string | undefined>;
    /**
     * Fingerprint of the certificate.
     */
    readonly fingerprint: pulumi.Output<string>;
    /**
     * Name of the certificate.
     */
    readonly name: pulumi.Output<string>;
    /**
     * Path to the client certificate.
     */
    readonly path: pulumi.Output<string | undefined>;
    /**
     * List of projects to restrict the certificate to. By default, no restriction applies.
     */
    readonly projects: pulumi.Output<string[]>;
    /**
     * The remote in which the certificate is created. If not provided, the provider's default remote is used.
     */
    readonly remote: pulumi.Output<string | undefined>;
    /**
     * Certificate type.
     */
    readonly type: pulumi.Output<string>;
    /**
     * Create a TrustCertificate resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args?: TrustCertificateArgs, opts?: pulumi.CustomResourceOptions);
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
