"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.getAuthIdentity = getAuthIdentity;
exports.getAuthIdentityOutput = getAuthIdentityOutput;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform data source `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
function getAuthIdentity(args, opts) {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getAuthIdentity:getAuthIdentity", {
        "authMethod": args.authMethod,
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}
/**
 * Bridged from the Terraform data source `lxd_auth_identity` (terraform-lxd/lxd 2.7.1).
 */
function getAuthIdentityOutput(args, opts) {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getAuthIdentity:getAuthIdentity", {
        "authMethod": args.authMethod,
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}
