"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.AuthIdentity = void 0;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform resource `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
class AuthIdentity extends pulumi.CustomResource {
    /**
     * Get an existing AuthIdentity resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name, id, state, opts) {
        return new AuthIdentity(name, state, { ...opts, id: id });
    }
    /**
     * Returns true if the given object is an instance of AuthIdentity.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj) {
        if (obj === undefined || obj === null) {
            return false;
        }
        return obj['__pulumiType'] === AuthIdentity.__pulumiType;
    }
    constructor(name, argsOrState, opts) {
        let resourceInputs = {};
        opts = opts || {};
        if (opts.id) {
            const state = argsOrState;
            resourceInputs["authMethod"] = state?.authMethod;
            resourceInputs["groups"] = state?.groups;
            resourceInputs["name"] = state?.name;
            resourceInputs["remote"] = state?.remote;
            resourceInputs["tlsCertificate"] = state?.tlsCertificate;
        }
        else {
            const args = argsOrState;
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
exports.AuthIdentity = AuthIdentity;
/** @internal */
AuthIdentity.__pulumiType = 'lxd:index/authIdentity:AuthIdentity';
