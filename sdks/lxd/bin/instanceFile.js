"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.InstanceFile = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_instance_file` (terraform-lxd/lxd 2.7.1).
 */
class InstanceFile extends pulumi.CustomResource {
    /**
     * Get an existing InstanceFile resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new InstanceFile(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of InstanceFile.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === InstanceFile.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
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
        }
        else {
            const args = argsOrState;
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
exports.InstanceFile = InstanceFile;
/** @internal */
InstanceFile.__pulumiType = 'lxd:index/instanceFile:InstanceFile';
