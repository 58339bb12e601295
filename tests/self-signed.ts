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

/** In `dir`, as `<name>.crt` and `<name>.key`, valid for `days` from now; subject CN `cn` (default: the name). */
export function selfSigned(dir: string, name: string, days = 2, cn = name): SelfSigned {
  const keyFile = path.join(dir, `${name}.key`);
  const certFile = path.join(dir, `${name}.crt`);
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
