"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.Instance = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
class Instance extends pulumi.CustomResource {
    /**
     * Get an existing Instance resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new Instance(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of Instance.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === Instance.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["allowRestart"] = state?.allowRestart;
            resourceInputs["config"] = state?.config;
            resourceInputs["description"] = state?.description;
            resourceInputs["devices"] = state?.devices;
            resourceInputs["ephemeral"] = state?.ephemeral;
            resourceInputs["execs"] = state?.execs;
            resourceInputs["files"] = state?.files;
            resourceInputs["image"] = state?.image;
            resourceInputs["interfaces"] = state?.interfaces;
            resourceInputs["ipv4Address"] = state?.ipv4Address;
            resourceInputs["ipv6Address"] = state?.ipv6Address;
            resourceInputs["limits"] = state?.limits;
            resourceInputs["location"] = state?.location;
            resourceInputs["macAddress"] = state?.macAddress;
            resourceInputs["name"] = state?.name;
            resourceInputs["profiles"] = state?.profiles;
            resourceInputs["project"] = state?.project;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["running"] = state?.running;
            resourceInputs["status"] = state?.status;
            resourceInputs["target"] = state?.target;
            resourceInputs["timeouts"] = state?.timeouts;
            resourceInputs["type"] = state?.type;
            resourceInputs["waitForNetwork"] = state?.waitForNetwork;
        }
        else {
            const args = argsOrState;
            resourceInputs["allowRestart"] = args?.allowRestart;
            resourceInputs["config"] = args?.config;
            resourceInputs["description"] = args?.description;
            resourceInputs["devices"] = args?.devices;
            resourceInputs["ephemeral"] = args?.ephemeral;
            resourceInputs["execs"] = args?.execs;
            resourceInputs["files"] = args?.files;
            resourceInputs["image"] = args?.image;
            resourceInputs["limits"] = args?.limits;
            resourceInputs["name"] = args?.name;
            resourceInputs["profiles"] = args?.profiles;
            resourceInputs["project"] = args?.project;
            resourceInputs["remote"] = args?.remote;
            resourceInputs["running"] = args?.running;
            resourceInputs["target"] = args?.target;
            resourceInputs["timeouts"] = args?.timeouts;
            resourceInputs["type"] = args?.type;
            resourceInputs["waitForNetwork"] = args?.waitForNetwork;
            resourceInputs["interfaces"] = undefined /*out*/;
            resourceInputs["ipv4Address"] = undefined /*out*/;
            resourceInputs["ipv6Address"] = undefined /*out*/;
            resourceInputs["location"] = undefined /*out*/;
            resourceInputs["macAddress"] = undefined /*out*/;
            resourceInputs["status"] = undefined /*out*/;
        }
        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);
        super(Instance.__pulumiType, name, resourceInputs, opts, false /*dependency*/, utilities.getPackage());
    }
}
exports.Instance = Instance;
/** @internal */
Instance.__pulumiType = 'lxd:index/instance:Instance';
