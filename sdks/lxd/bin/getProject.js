"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.getProject = getProject;
exports.getProjectOutput = getProjectOutput;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform data source `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
function getProject(args, opts) {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getProject:getProject", {
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}
/**
 * Bridged from the Terraform data source `lxd_project` (terraform-lxd/lxd 2.7.1).
 */
function getProjectOutput(args, opts) {
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getProject:getProject", {
        "name": args.name,
        "remote": args.remote,
    }, opts, utilities.getPackage());
}
