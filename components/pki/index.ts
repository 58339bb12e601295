import * as pulumi from "@pulumi/pulumi";
import * as tls from "@pulumi/tls";

/*
 * Key algorithm: ECDSA on P-256 for every key. Every TLS stack we talk to (Go's crypto/tls in the
 * distribution registry and dockerd, OpenSSL in curl and Squid) supports it in TLS 1.3; its keys
 * and signatures are far smaller and faster to make than RSA-3072 of equal strength (128-bit), so
 * issuing and rotating certificates in `pulumi up` stays cheap. Ed25519 certificates would be
 * smaller still, but dockerd's and older OpenSSL builds' support for them in client-certificate
 * authentication is patchy, so we do not rely on it.
 */
const KEY_ALGORITHM = "ECDSA";
const ECDSA_CURVE = "P256";

export interface PkiArgs {
  /** Shown in every certificate's subject, e.g. the bcmnet domain. */
  organization: pulumi.Input<string>;
  caValidityHours: number;
  certValidityHours: number;
  /** Within this many hours of expiry, the next `pulumi up` issues a new certificate. */
  earlyRenewalHours: number;
}

export interface ServerCertificateArgs {
  dnsNames: pulumi.Input<string>[];
  ipAddresses: pulumi.Input<string>[];
}

export interface IssuedCertificate {
  certPem: pulumi.Output<string>;
  /** A Pulumi secret. */
  privateKeyPem: pulumi.Output<string>;
}

/**
 * Our own certificate authority: issues server certificates and the hosts' client certificates.
 *
 * Operators' client certificates come from a second, separate CA (`<name>-operators-ca`): the
 * registries accept clients of either, and the distribution registry has no revocation list, so
 * this is what makes an operator's certificate revocable on its own. Replacing that one CA's key
 * (`pulumi up --replace` on it) re-issues every operator certificate and the registries refuse the
 * old ones, while the hosts' client certificates, the servers' certificates and the CA every client
 * trusts (`caCertificate`) stay as they are. A renewal (same CA, new serial) leaves a bundle from
 * before valid until its own expiry.
 */
export class Pki extends pulumi.ComponentResource {
  public readonly caCertPem: pulumi.Output<string>;
  /** Every CA whose client certificates the registries accept: ours, then the operators'. */
  public readonly clientCaPem: pulumi.Output<string>;
  private readonly caKey: tls.PrivateKey;
  private readonly caCert: tls.SelfSignedCert;
  private readonly operatorsCaKey: tls.PrivateKey;
  private readonly operatorsCaCert: tls.SelfSignedCert;
  private readonly baseName: string;

  constructor(
    name: string,
    private readonly args: PkiArgs,
    opts?: pulumi.ComponentResourceOptions,
  ) {
    super("bcm:pki:Pki", name, {}, opts);
    this.baseName = name;

    this.caKey = newKey(`${name}-ca`, this);
    this.caCert = new tls.SelfSignedCert(
      `${name}-ca`,
      {
        privateKeyPem: this.caKey.privateKeyPem,
        isCaCertificate: true,
        subject: { commonName: pulumi.interpolate`${args.organization} CA`, organization: args.organization },
        validityPeriodHours: args.caValidityHours,
        earlyRenewalHours: args.earlyRenewalHours,
        allowedUses: ["cert_signing", "crl_signing", "digital_signature"],
        setSubjectKeyId: true,
      },
      { parent: this },
    );
    this.caCertPem = this.caCert.certPem;
    this.operatorsCaKey = newKey(`${name}-operators-ca`, this);
    this.operatorsCaCert = new tls.SelfSignedCert(
      `${name}-operators-ca`,
      {
        privateKeyPem: this.operatorsCaKey.privateKeyPem,
        isCaCertificate: true,
        subject: {
          commonName: pulumi.interpolate`${args.organization} operators CA`,
          organization: args.organization,
        },
        validityPeriodHours: args.caValidityHours,
        earlyRenewalHours: args.earlyRenewalHours,
        allowedUses: ["cert_signing", "crl_signing", "digital_signature"],
        setSubjectKeyId: true,
      },
      { parent: this },
    );
    this.clientCaPem = pulumi.interpolate`${this.caCert.certPem}${this.operatorsCaCert.certPem}`;
    this.registerOutputs({ caCertPem: this.caCertPem, clientCaPem: this.clientCaPem });
  }

  /** A certificate for a TLS server, valid for exactly the names and addresses clients use. */
  issueServerCertificate(name: string, args: ServerCertificateArgs): IssuedCertificate {
    return this.issue(name, "server", {
      commonName: args.dnsNames[0],
      dnsNames: args.dnsNames,
      ipAddresses: args.ipAddresses,
      allowedUses: ["digital_signature", "key_encipherment", "server_auth"],
    });
  }

  /** A certificate a client (a docker daemon on bcmnet) presents to our registries. */
  issueClientCertificate(name: string, commonName: pulumi.Input<string>): IssuedCertificate {
    return this.issue(name, "client", {
      commonName,
      dnsNames: [],
      ipAddresses: [],
      allowedUses: ["digital_signature", "key_encipherment", "client_auth"],
    });
  }

  /** An operator's client certificate, from the operators' CA (revocable on its own: see above). */
  issueOperatorCertificate(name: string, commonName: pulumi.Input<string>): IssuedCertificate {
    return this.issue(
      name,
      "operator",
      {
        commonName,
        dnsNames: [],
        ipAddresses: [],
        allowedUses: ["digital_signature", "key_encipherment", "client_auth"],
      },
      { key: this.operatorsCaKey, cert: this.operatorsCaCert },
    );
  }

  private issue(
    name: string,
    kind: "server" | "client" | "operator",
    spec: {
      commonName: pulumi.Input<string>;
      dnsNames: pulumi.Input<string>[];
      ipAddresses: pulumi.Input<string>[];
      allowedUses: string[];
    },
    issuer: { key: tls.PrivateKey; cert: tls.SelfSignedCert } = { key: this.caKey, cert: this.caCert },
  ): IssuedCertificate {
    const resourceName = `${this.baseName}-${kind}-${name}`;
    const key = newKey(resourceName, this);
    const request = new tls.CertRequest(
      resourceName,
      {
        privateKeyPem: key.privateKeyPem,
        subject: { commonName: spec.commonName, organization: this.args.organization },
        dnsNames: spec.dnsNames,
        ipAddresses: spec.ipAddresses,
      },
      { parent: this },
    );
    const cert = new tls.LocallySignedCert(
      resourceName,
      {
        certRequestPem: request.certRequestPem,
        caPrivateKeyPem: issuer.key.privateKeyPem,
        caCertPem: issuer.cert.certPem,
        validityPeriodHours: this.args.certValidityHours,
        earlyRenewalHours: this.args.earlyRenewalHours,
        allowedUses: spec.allowedUses,
        setSubjectKeyId: true,
      },
      { parent: this },
    );
    return { certPem: cert.certPem, privateKeyPem: pulumi.secret(key.privateKeyPem) };
  }
}

function newKey(name: string, parent: pulumi.Resource): tls.PrivateKey {
  return new tls.PrivateKey(
    name,
    { algorithm: KEY_ALGORITHM, ecdsaCurve: ECDSA_CURVE },
    // The private key is secret in state; mark it so whatever consumes it stays secret too.
    { parent, additionalSecretOutputs: ["privateKeyPem", "privateKeyOpenssh", "privateKeyPemPkcs8"] },
  );
}
