"use strict";
// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***
Object.defineProperty(exports, "__esModule", { value: true });
const pulumi = require("@pulumi/pulumi");
const __config = new pulumi.Config("lxd");
Object.defineProperty(exports, "acceptRemoteCertificate", {
    get() {
        return __config.getObject("acceptRemoteCertificate");
    },
    enumerable: true,
});
Object.defineProperty(exports, "configDir", {
    get() {
        return __config.get("configDir");
    },
    enumerable: true,
});
Object.defineProperty(exports, "generateClientCertificates", {
    get() {
        return __config.getObject("generateClientCertificates");
    },
    enumerable: true,
});
Object.defineProperty(exports, "remotes", {
    get() {
        return __config.getObject("remotes");
    },
    enumerable: true,
});
