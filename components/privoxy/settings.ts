/** Settings of privoxy, the HTTP proxy over Tor. */
import { flag, port } from "../settings/define";

export const privoxySettings = {
  enableHttpProxy: flag(
    "services on the gateway",
    true,
    "privoxy, an HTTP proxy whose traffic goes through Tor (needs enableTor).",
  ),
  httpProxyPort: port("services on the gateway", 8118, "privoxy port on the inside address."),
};
