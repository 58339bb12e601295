import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * Bridged from the Terraform resource `lxd_network_zone_record` (terraform-lxd/lxd 2.7.1).
 */
export declare class NetworkZoneRecord extends pulumi.CustomResource {
    /**
     * Get an existing NetworkZoneRecord resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: NetworkZoneRecordState, opts?: pulumi.CustomResourceOptions): NetworkZoneRecord;
    /**
     * Returns true if the given object is an instance of NetworkZoneRecord.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is NetworkZoneRecord;
    readonly config: pulumi.Output<{
        [key: string]: string;
    }>;
    readonly description: pulumi.Output<string>;
    /**
     * Network zone record entry
     */
    readonly entries: pulumi.Output<outputs.NetworkZoneRecordEntry[] | undefined>;
    readonly name: pulumi.Output<string>;
    readonly project: pulumi.Output<string | undefined>;
    readonly remote: pulumi.Output<string | undefined>;
    readonly zone: pulumi.Output<string>;
    /**
     * Create a NetworkZoneRecord resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: NetworkZoneRecordArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering NetworkZoneRecord resources.
 */
export interface NetworkZoneRecordState {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    /**
     * Network zone record entry
     */
    entries?: pulumi.Input<pulumi.Input<inputs.NetworkZoneRecordEntry>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    zone?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a NetworkZoneRecord resource.
 */
export interface NetworkZoneRecordArgs {
    config?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    description?: pulumi.Input<string | undefined>;
    /**
     * Network zone record entry
     */
    entries?: pulumi.Input<pulumi.Input<inputs.NetworkZoneRecordEntry>[] | undefined>;
    name?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    zone: pulumi.Input<string>;
}
