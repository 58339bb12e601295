import * as outputs from "../types/output";
/**
 * Accept the server certificate.
 */
export declare const acceptRemoteCertificate: boolean | undefined;
/**
 * The directory to look for existing LXD configuration. (default = $HOME/snap/lxd/common/config:$HOME/.config/lxc)
 */
export declare const configDir: string | undefined;
/**
 * Automatically generate the LXD client certificates if they don't exist.
 */
export declare const generateClientCertificates: boolean | undefined;
/**
 * LXD Remote
 */
export declare const remotes: outputs.config.Remotes[] | undefined;
