import * as pulumi from "@pulumi/pulumi";
import { checkDockerKernelModules, loadConfig, localKernelModules } from "./components/config";
import { DataCenter, lxdProvider } from "./components/datacenter";

// Validate every setting before any resource exists.
const config = loadConfig();
checkDockerKernelModules(config, localKernelModules());
const { provider, connection } = lxdProvider(config);
const dc = new DataCenter("bcm", config, connection, { providers: [provider] });

export const gatewayInsideAddress = dc.gateway.insideAddress;
export const gatewayOutsideAddress = dc.gateway.outsideAddress;
export const bcmnetCidr = config.bcmnet.subnet.cidr;
export const bcmnetDomain = config.bcmnet.domain;
export const caCertificate = dc.pki.caCertPem;
export const serviceEndpoints = dc.endpoints;
export const gatewayListeners = dc.gateway.listeners;
export const dockerDaemonJson = dc.daemonJson();
export const dockerCertsDirectories = dc.dockerClient.registryEndpoints.map(
  (e) => `/etc/docker/certs.d/${e}`,
);
// The client bundle for /etc/docker/certs.d/<host:port>/: ca.crt, client.cert, client.key.
export const dockerClientCert = dc.operatorClient.certPem;
export const dockerClientKey = pulumi.secret(dc.operatorClient.privateKeyPem);
export const dockerHosts = dc.dockerHosts.map((h) => h.instanceName);
// Remote access: each onion service's address, and each client's files (secret): see README.
export const onionServices = dc.onion?.addresses ?? {};
export const onionClients = dc.onion ? pulumi.secret(dc.onion.clients) : {};
// The custom images (bcm:images), built in throwaway builders and pushed to the private registry:
// name -> <domain>:443/<name>@sha256:<digest>, the digest the registry answered.
export const images = dc.images;
// The docker hosts' swarm: each host's role (manager or worker), and the stacks deployed on it.
export const swarmNodes = dc.swarm?.roles ?? {};
export const swarmStacks = dc.swarm?.stackNames ?? [];
// What the operator commands (scripts/backup.sh, restore.sh, doctor.sh) act on: the project, the
// gateway's services with their units, listeners and volumes, the TLS endpoints, the renewal window.
export const site = dc.site;
