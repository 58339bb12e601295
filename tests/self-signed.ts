/** A throwaway self-signed certificate for tests (openssl, EC P-256): PEMs and where they are. */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

export interface SelfSigned {
  certPem: string;
  keyPem: string;
  certFile: string;
  keyFile: string;
}

/** In `dir`, as `<cn>.crt` and `<cn>.key`, valid for `days` from now. */
export function selfSigned(dir: string, cn: string, days = 2): SelfSigned {
  const keyFile = path.join(dir, `${cn}.key`);
  const certFile = path.join(dir, `${cn}.crt`);
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "ec",
      "-pkeyopt",
      "ec_paramgen_curve:P-256",
      "-nodes",
      "-keyout",
      keyFile,
      "-out",
      certFile,
      "-days",
      String(days),
      "-subj",
      `/CN=${cn}`,
    ],
    { stdio: "ignore" },
  );
  return {
    certPem: fs.readFileSync(certFile, "utf8"),
    keyPem: fs.readFileSync(keyFile, "utf8"),
    certFile,
    keyFile,
  };
}
