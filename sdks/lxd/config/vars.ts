// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";
import * as outputs from "../types/output";
import * as utilities from "../utilities";

declare var exports: any;
const __config = new pulumi.Config("lxd");

/**
 * Accept the server certificate.
 */
export declare const acceptRemoteCertificate: boolean | undefined;
Object.defineProperty(exports, "acceptRemoteCertificate", {
    get() {
        return __config.getObject<boolean>("acceptRemoteCertificate");
    },
    enumerable: true,
});

/**
 * The directory to look for existing LXD configuration. (default = $HOME/snap/lxd/common/config:$HOME/.config/lxc)
 */
export declare const configDir: string | undefined;
Object.defineProperty(exports, "configDir", {
    get() {
        return __config.get("configDir");
    },
    enumerable: true,
});

/**
 * Automatically generate the LXD client certificates if they don't exist.
 */
export declare const generateClientCertificates: boolean | undefined;
Object.defineProperty(exports, "generateClientCertificates", {
    get() {
        return __config.getObject<boolean>("generateClientCertificates");
    },
    enumerable: true,
});

/**
 * LXD Remote
 */
export declare const remotes: outputs.config.Remotes[] | undefined;
Object.defineProperty(exports, "remotes", {
    get() {
        return __config.getObject<outputs.config.Remotes[]>("remotes");
    },
    enumerable: true,
});

