"""The upstream test HTTP server of the e2e (topology.sh): serves a directory and logs, for each
request, one line "<client address> <method> <path> <headers as JSON>" so that checks can see who
came (a Tor exit, the gateway) and which headers arrived (no Via, no X-Forwarded-For)."""

import http.server
import json
import sys


class Handler(http.server.SimpleHTTPRequestHandler):
    def log_request(self, code="-", size="-"):
        headers = {k: v for k, v in self.headers.items()}
        sys.stdout.write(
            f"{self.client_address[0]} {self.command} {self.path} {code} {json.dumps(headers, sort_keys=True)}\n"
        )
        sys.stdout.flush()


def main() -> None:
    directory, address, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
    handler = lambda *a, **kw: Handler(*a, directory=directory, **kw)  # noqa: E731
    http.server.ThreadingHTTPServer((address, port), handler).serve_forever()


if __name__ == "__main__":
    main()
