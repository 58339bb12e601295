// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as utilities from "./utilities";

/**
 * Bridged from the Terraform resource `lxd_instance_file` (terraform-lxd/lxd 2.7.1).
 */
export class InstanceFile extends pulumi.CustomResource {
    /**
     * Get an existing InstanceFile resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    public static get(name: string, id: pulumi.Input<pulumi.ID>, state?: InstanceFileState, opts?: pulumi.CustomResourceOptions): InstanceFile {
        return new InstanceFile(name, <any>state, { ...opts, id: id });
    }

    /** @internal */
    public static readonly __pulumiType = 'lxd:index/instanceFile:InstanceFile';

    /**
     * Returns true if the given object is an instance of InstanceFile.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    public static isInstance(obj: any): obj is InstanceFile {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === InstanceFile.__pulumiType;
    }

    declare public readonly append: pulumi.Output<boolean | undefined>;
    declare public readonly content: pulumi.Output<string | undefined>;
    declare public readonly createDirectories: pulumi.Output<boolean | undefined>;
    declare public readonly gid: pulumi.Output<number>;
    declare public readonly instance: pulumi.Output<string>;
    declare public readonly mode: pulumi.Output<string>;
    declare public readonly project: pulumi.Output<string | undefined>;
    declare public readonly remote: pulumi.Output<string | undefined>;
    declare public /*out*/ readonly resourceId: pulumi.Output<string>;
    declare public readonly sourcePath: pulumi.Output<string | undefined>;
    declare public readonly targetPath: pulumi.Output<string>;
    declare public readonly uid: pulumi.Output<number>;

    /**
     * Create a InstanceFile resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: InstanceFileArgs, opts?: pulumi.CustomResourceOptions)
    constructor(name: string, argsOrState?: InstanceFileArgs | InstanceFileState, opts?: pulumi.CustomResourceOptions) {
        let resourceInputs: pulumi.Inputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState as InstanceFileState | undefined;
            resourceInputs["append"] = state?.append;
            resourceInputs["content"] = state?.content;
            resourceInputs["createDirectories"] = state?.createDirectories;
            resourceInputs["gid"] = state?.gid;
            resourceInputs["instance"] = state?.instance;
            resourceInputs["mode"] = state?.mode;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["resourceId"] = state?.resourceId;
            resourceInputs["sourcePath"] = state?.sourcePath;
            resourceInputs["targetPath"] = state?.targetPath;
            resourceInputs["uid"] = state?.uid;
        } else {
            const args = argsOrState as InstanceFileArgs | undefined;
            if (args?.instance === undefined && !opts.urn) {
                throw new Error("Missing required property 'instance'");
            }
            if (args?.targetPath === undefined && !opts.urn) {
                throw new Error("Missing required property 'targetPath'");
            }
            resourceInputs["append"] = args?.append;
            resourceInputs["content"] = args?.content;
            resourceInputs["createDirectories"] = args?.createDirectories;
            resourceInputs["gid"] = args?.gid;
            resourceInputs["instance"] = args?.instance;
            resourceInputs["mode"] = args?.mode;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["sourcePath"] = args?.sourcePath;
            resourceInputs["targetPath"] = args?.targetPath;
            resourceInputs["uid"] = args?.uid;
            resourceInputs["resourceId"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(InstanceFile.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}

/**
 * Input properties used for looking up and filtering InstanceFile resources.
 */
export interface InstanceFileState {
    append?: pulumi.Input<boolean | undefined>;
    content?: pulumi.Input<string | undefined>;
    createDirectories?: pulumi.Input<boolean | undefined>;
    gid?: pulumi.Input<number | undefined>;
    instance?: pulumi.Input<string | undefined>;
    mode?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    resourceId?: pulumi.Input<string | undefined>;
    sourcePath?: pulumi.Input<string | undefined>;
    targetPath?: pulumi.Input<string | undefined>;
    uid?: pulumi.Input<number | undefined>;
}

/**
 * The set of arguments for constructing a InstanceFile resource.
 */
export interface InstanceFileArgs {
    append?: pulumi.Input<boolean | undefined>;
    content?: pulumi.Input<string | undefined>;
    createDirectories?: pulumi.Input<boolean | undefined>;
    gid?: pulumi.Input<number | undefined>;
    instance: pulumi.Input<string>;
    mode?: pulumi.Input<string | undefined>;
    project?: pulumi.Input<string | undefined>;
    remote?: pulumi.Input<string | undefined>;
    sourcePath?: pulumi.Input<string | undefined>;
    targetPath: pulumi.Input<string>;
    uid?: pulumi.Input<number | undefined>;
}
