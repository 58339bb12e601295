"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.getInstance = getInstance;
exports.getInstanceOutput = getInstanceOutput;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform data source `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
function getInstance(args, opts) {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getInstance:getInstance", {
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}
/**
 * Bridged from the Terraform data source `lxd_instance` (terraform-lxd/lxd 2.7.1).
 */
function getInstanceOutput(args, opts) {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getInstance:getInstance", {
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}
