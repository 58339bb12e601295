"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
exports.getImage = getImage;
exports.getImageOutput = getImageOutput;
const pulumi = require("@pulumi/pulumi");
const utilities = require("./utilities");
/**
 * Bridged from the Terraform data source `lxd_image` (terraform-lxd/lxd 2.7.1).
 */
function getImage(args, opts) {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invoke("lxd:index/getImage:getImage", {
        "architecture": args.architecture,
        "fingerprint": args.fingerprint,
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
        "type": args.type,
    }, opts, utilities.getPackage());
}
/**
 * Bridged from the Terraform data source `lxd_image` (terraform-lxd/lxd 2.7.1).
 */
function getImageOutput(args, opts) {
    args = args || {};
    opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts || {});
    return pulumi.runtime.invokeOutput("lxd:index/getImage:getImage", {
        "architecture": args.architecture,
        "fingerprint": args.fingerprint,
        "name": args.name,
        "project": args.project,
        "remote": args.remote,
        "type": args.type,
    }, opts, utilities.getPackage());
}
