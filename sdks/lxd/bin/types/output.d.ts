import * as outputs from "../types/output";
export interface AuthGroupPermission {
    entitlement: string;
    entityArgs?: {
        [key: string]: string;
    };
    entityType: string;
}
export interface GetAuthGroupPermission {
    entitlement: string;
    entityArgs: {
        [key: string]: string;
    };
    entityType: string;
}
export interface GetInfoClusterMembers {
    /**
     * Cluster member status
     */
    status: string;
    /**
     * Cluster member URL
     */
    url: string;
}
export interface GetInstanceDevices {
    properties: {
        [key: string]: string;
    };
    type: string;
}
export interface GetInstanceInterfaces {
    ips: outputs.GetInstanceInterfacesIp[];
    name: string;
    state: string;
    type: string;
}
export interface GetInstanceInterfacesIp {
    address: string;
    family: string;
    scope: string;
}
export interface GetProfileDevice {
    name: string;
    properties: {
        [key: string]: string;
    };
    type: string;
}
export interface InstanceDevice {
    /**
     * Device name
     */
    name: string;
    /**
     * Device properties
     */
    properties: {
        [key: string]: string;
    };
    /**
     * Device type
     */
    type: string;
}
export interface InstanceExecs {
    /**
     * Command to run within the instance
     */
    commands: string[];
    /**
     * Whether the command should be executed
     */
    enabled: boolean;
    /**
     * Map of additional environment variables
     */
    environment: {
        [key: string]: string;
    };
    /**
     * Exit code of the command
     */
    exitCode: number;
    /**
     * Whether to fail on command error
     */
    failOnError: boolean;
    /**
     * The group ID for running command
     */
    gid?: number;
    /**
     * Whether to record command's output (stdout and stderr)
     */
    recordOutput: boolean;
    /**
     * Internal run count indicating how many times the command was executed
     */
    runCount: number;
    /**
     * Command standard error (if recorded)
     */
    stderr: string;
    /**
     * Command standard output (if recorded)
     */
    stdout: string;
    /**
     * Determines when the command should be executed
     */
    trigger: string;
    /**
     * The user ID for running command
     */
    uid?: number;
    /**
     * The directory in which the command should run
     */
    workingDir: string;
}
export interface InstanceFile {
    append: boolean;
    content?: string;
    createDirectories?: boolean;
    gid?: number;
    mode: string;
    sourcePath?: string;
    targetPath: string;
    uid?: number;
}
export interface InstanceInterfaces {
    /**
     * IP addresses assigned to the interface
     */
    ips: outputs.InstanceInterfacesIp[];
    /**
     * Name of the network interface within an instance
     */
    name: string;
    /**
     * State of the network interface (up, down)
     */
    state: string;
    /**
     * Type of the network interface (link, local, global)
     */
    type: string;
}
export interface InstanceInterfacesIp {
    /**
     * IP address
     */
    address: string;
    /**
     * IP family (inet, inet6)
     */
    family: string;
    /**
     * Scope (local, global, link)
     */
    scope: string;
}
export interface InstanceTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    create?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
     */
    delete?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled.
     */
    read?: string;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    update?: string;
}
export interface NetworkAclEgress {
    action: string;
    description: string;
    destination: string;
    destinationPort: string;
    icmpCode: string;
    icmpType: string;
    protocol: string;
    source: string;
    state: string;
}
export interface NetworkAclIngress {
    action: string;
    description: string;
    destination: string;
    destinationPort: string;
    icmpCode: string;
    icmpType: string;
    protocol: string;
    source: string;
    state: string;
}
export interface NetworkForwardPort {
    /**
     * Port description
     */
    description?: string;
    /**
     * Listen port to forward
     */
    listenPort: string;
    /**
     * Port protocol
     */
    protocol: string;
    /**
     * Target address to forward listen port to
     */
    targetAddress: string;
    /**
     * Target port to forward listen port to. Defaults to the value of listen_port
     */
    targetPort: string;
}
export interface NetworkLbBackend {
    /**
     * LB backend description
     */
    description: string;
    /**
     * LB backend name
     */
    name: string;
    /**
     * LB backend target address
     */
    targetAddress: string;
    /**
     * LB backend target port
     */
    targetPort?: string;
}
export interface NetworkLbPort {
    /**
     * Port description
     */
    description: string;
    /**
     * Port to listen to
     */
    listenPort: string;
    /**
     * Port protocol
     */
    protocol: string;
    /**
     * List of target LB backends
     */
    targetBackends: string[];
}
export interface NetworkZoneRecordEntry {
    /**
     * Record entry TTL
     */
    ttl: number;
    /**
     * Record entry type
     */
    type: string;
    /**
     * Record entry value
     */
    value: string;
}
export interface ProfileDevice {
    /**
     * Device name
     */
    name: string;
    /**
     * Device properties
     */
    properties: {
        [key: string]: string;
    };
    /**
     * Device type
     */
    type: string;
}
export interface ProviderRemote {
    /**
     * The FQDN or IP where the LXD daemon can be contacted. (default = "")
     */
    address?: string;
    /**
     * Set this remote as default.
     */
    default?: boolean;
    /**
     * Name of the LXD remote. Required when lxd_scheme set to https, to enable locating server certificate.
     */
    name: string;
    /**
     * The trust password used for initial authentication with the LXD remote.
     *
     * **Sensitive:** this value is marked secret by the provider schema.
     */
    password?: string;
    /**
     * Port LXD Daemon API is listening on. (default = 8443)
     */
    port?: string;
    /**
     * Remote protocol
     */
    protocol?: string;
    /**
     * Unix (unix) or HTTPs (https). (default = unix)
     */
    scheme?: string;
    /**
     * The trust token used for initial authentication with the LXD remote.
     *
     * **Sensitive:** this value is marked secret by the provider schema.
     */
    token?: string;
}
export declare namespace config {
    interface Remotes {
        /**
         * The FQDN or IP where the LXD daemon can be contacted. (default = "")
         */
        address?: string;
        /**
         * Set this remote as default.
         */
        default?: boolean;
        /**
         * Name of the LXD remote. Required when lxd_scheme set to https, to enable locating server certificate.
         */
        name: string;
        /**
         * The trust password used for initial authentication with the LXD remote.
         *
         * **Sensitive:** this value is marked secret by the provider schema.
         */
        password?: string;
        /**
         * Port LXD Daemon API is listening on. (default = 8443)
         */
        port?: string;
        /**
         * Remote protocol
         */
        protocol?: string;
        /**
         * Unix (unix) or HTTPs (https). (default = unix)
         */
        scheme?: string;
        /**
         * The trust token used for initial authentication with the LXD remote.
         *
         * **Sensitive:** this value is marked secret by the provider schema.
         */
        token?: string;
    }
}
