// *** Hand-written to match the SDK `pulumi package add terraform-provider terraform-lxd/lxd 2.7.1` generates ***
// *** (generation impossible here: module refused by the Go proxy); schema from terraform-provider-lxd v2.7.1. ***

import * as pulumi from "@pulumi/pulumi";
import * as inputs from "../types/input";
import * as outputs from "../types/output";

export interface AuthGroupPermission {
    entitlement: pulumi.Input<string>;
    entityArgs?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    entityType: pulumi.Input<string>;
}

export interface GetProfileDevice {
    name?: string;
    properties?: {[key: string]: string};
    type?: string;
}

export interface GetProfileDeviceArgs {
    name?: pulumi.Input<string | undefined>;
    properties?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    type?: pulumi.Input<string | undefined>;
}

export interface InstanceDevice {
    /**
     * Device name
     */
    name: pulumi.Input<string>;
    /**
     * Device properties
     */
    properties: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Device type
     */
    type: pulumi.Input<string>;
}

export interface InstanceExecs {
    /**
     * Command to run within the instance
     */
    commands: pulumi.Input<pulumi.Input<string>[]>;
    /**
     * Whether the command should be executed
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * Map of additional environment variables
     */
    environment?: pulumi.Input<{[key: string]: pulumi.Input<string>} | undefined>;
    /**
     * Exit code of the command
     */
    exitCode?: pulumi.Input<number | undefined>;
    /**
     * Whether to fail on command error
     */
    failOnError?: pulumi.Input<boolean | undefined>;
    /**
     * The group ID for running command
     */
    gid?: pulumi.Input<number | undefined>;
    /**
     * Whether to record command's output (stdout and stderr)
     */
    recordOutput?: pulumi.Input<boolean | undefined>;
    /**
     * Internal run count indicating how many times the command was executed
     */
    runCount?: pulumi.Input<number | undefined>;
    /**
     * Command standard error (if recorded)
     */
    stderr?: pulumi.Input<string | undefined>;
    /**
     * Command standard output (if recorded)
     */
    stdout?: pulumi.Input<string | undefined>;
    /**
     * Determines when the command should be executed
     */
    trigger?: pulumi.Input<string | undefined>;
    /**
     * The user ID for running command
     */
    uid?: pulumi.Input<number | undefined>;
    /**
     * The directory in which the command should run
     */
    workingDir?: pulumi.Input<string | undefined>;
}

export interface InstanceFile {
    append?: pulumi.Input<boolean | undefined>;
    content?: pulumi.Input<string | undefined>;
    createDirectories?: pulumi.Input<boolean | undefined>;
    gid?: pulumi.Input<number | undefined>;
    mode?: pulumi.Input<string | undefined>;
    sourcePath?: pulumi.Input<string | undefined>;
    targetPath: pulumi.Input<string>;
    uid?: pulumi.Input<number | undefined>;
}

export interface InstanceInterfaces {
    /**
     * IP addresses assigned to the interface
     */
    ips?: pulumi.Input<pulumi.Input<inputs.InstanceInterfacesIp>[] | undefined>;
    /**
     * Name of the network interface within an instance
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * State of the network interface (up, down)
     */
    state?: pulumi.Input<string | undefined>;
    /**
     * Type of the network interface (link, local, global)
     */
    type?: pulumi.Input<string | undefined>;
}

export interface InstanceInterfacesIp {
    /**
     * IP address
     */
    address?: pulumi.Input<string | undefined>;
    /**
     * IP family (inet, inet6)
     */
    family?: pulumi.Input<string | undefined>;
    /**
     * Scope (local, global, link)
     */
    scope?: pulumi.Input<string | undefined>;
}

export interface InstanceTimeouts {
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    create?: pulumi.Input<string | undefined>;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Setting a timeout for a Delete operation is only applicable if changes are saved into state before the destroy operation occurs.
     */
    delete?: pulumi.Input<string | undefined>;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours). Read operations occur during any refresh or planning operation when refresh is enabled.
     */
    read?: pulumi.Input<string | undefined>;
    /**
     * A string that can be [parsed as a duration](https://pkg.go.dev/time#ParseDuration) consisting of numbers and unit suffixes, such as "30s" or "2h45m". Valid time units are "s" (seconds), "m" (minutes), "h" (hours).
     */
    update?: pulumi.Input<string | undefined>;
}

export interface NetworkAclEgress {
    action: pulumi.Input<string>;
    description?: pulumi.Input<string | undefined>;
    destination?: pulumi.Input<string | undefined>;
    destinationPort?: pulumi.Input<string | undefined>;
    icmpCode?: pulumi.Input<string | undefined>;
    icmpType?: pulumi.Input<string | undefined>;
    protocol?: pulumi.Input<string | undefined>;
    source?: pulumi.Input<string | undefined>;
    state: pulumi.Input<string>;
}

export interface NetworkAclIngress {
    action: pulumi.Input<string>;
    description?: pulumi.Input<string | undefined>;
    destination?: pulumi.Input<string | undefined>;
    destinationPort?: pulumi.Input<string | undefined>;
    icmpCode?: pulumi.Input<string | undefined>;
    icmpType?: pulumi.Input<string | undefined>;
    protocol?: pulumi.Input<string | undefined>;
    source?: pulumi.Input<string | undefined>;
    state: pulumi.Input<string>;
}

export interface NetworkForwardPort {
    /**
     * Port description
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Listen port to forward
     */
    listenPort: pulumi.Input<string>;
    /**
     * Port protocol
     */
    protocol: pulumi.Input<string>;
    /**
     * Target address to forward listen port to
     */
    targetAddress: pulumi.Input<string>;
    /**
     * Target port to forward listen port to. Defaults to the value of listen_port
     */
    targetPort?: pulumi.Input<string | undefined>;
}

export interface NetworkLbBackend {
    /**
     * LB backend description
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * LB backend name
     */
    name: pulumi.Input<string>;
    /**
     * LB backend target address
     */
    targetAddress: pulumi.Input<string>;
    /**
     * LB backend target port
     */
    targetPort?: pulumi.Input<string | undefined>;
}

export interface NetworkLbPort {
    /**
     * Port description
     */
    description?: pulumi.Input<string | undefined>;
    /**
     * Port to listen to
     */
    listenPort: pulumi.Input<string>;
    /**
     * Port protocol
     */
    protocol?: pulumi.Input<string | undefined>;
    /**
     * List of target LB backends
     */
    targetBackends: pulumi.Input<pulumi.Input<string>[]>;
}

export interface NetworkZoneRecordEntry {
    /**
     * Record entry TTL
     */
    ttl?: pulumi.Input<number | undefined>;
    /**
     * Record entry type
     */
    type: pulumi.Input<string>;
    /**
     * Record entry value
     */
    value: pulumi.Input<string>;
}

export interface ProfileDevice {
    /**
     * Device name
     */
    name: pulumi.Input<string>;
    /**
     * Device properties
     */
    properties: pulumi.Input<{[key: string]: pulumi.Input<string>}>;
    /**
     * Device type
     */
    type: pulumi.Input<string>;
}

export interface ProviderRemote {
    /**
     * The FQDN or IP where the LXD daemon can be contacted. (default = "")
     */
    address?: pulumi.Input<string | undefined>;
    /**
     * Set this remote as default.
     */
    default?: pulumi.Input<boolean | undefined>;
    /**
     * Name of the LXD remote. Required when lxd_scheme set to https, to enable locating server certificate.
     */
    name: pulumi.Input<string>;
    /**
     * The trust password used for initial authentication with the LXD remote.
     *
     * **Sensitive:** this value is marked secret by the provider schema.
     */
    password?: pulumi.Input<string | undefined>;
    /**
     * Port LXD Daemon API is listening on. (default = 8443)
     */
    port?: pulumi.Input<string | undefined>;
    /**
     * Remote protocol
     */
    protocol?: pulumi.Input<string | undefined>;
    /**
     * Unix (unix) or HTTPs (https). (default = unix)
     */
    scheme?: pulumi.Input<string | undefined>;
    /**
     * The trust token used for initial authentication with the LXD remote.
     *
     * **Sensitive:** this value is marked secret by the provider schema.
     */
    token?: pulumi.Input<string | undefined>;
}

export namespace config {
}
