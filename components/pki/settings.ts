/** Settings of the stack's certificates. */
import { integer } from "../settings/define";

export const pkiSettings = {
  caValidityHours: integer("certificates", 87600, "Validity of the CA certificate in hours.", { min: 24 }),
  certValidityHours: integer("certificates", 8760, "Validity of server and client certificates in hours.", {
    min: 24,
  }),
  certEarlyRenewalHours: integer(
    "certificates",
    720,
    "A certificate this close to expiry (hours) is re-issued by the next pulumi up.",
    { min: 1 },
  ),
};
