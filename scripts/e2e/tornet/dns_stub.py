"""A tiny DNS server and client for the private Tor network's self-test (tornet-selftest.sh).

  dns_stub.py serve <address> <port> <answer-ipv4> <log>
      answers every A question over UDP with <answer-ipv4> (TTL 60), any other type with no
      records; logs one line per query: "<client address> <name> <type>".
  dns_stub.py query <server> <port> <name>
      asks <server>:<port> over UDP for the A record of <name>, prints the first address; exit 1
      when there is none (5 s timeout, 3 tries).
"""

import random
import socket
import struct
import sys


def encode_name(name: str) -> bytes:
    out = b""
    for label in name.rstrip(".").split("."):
        out += bytes([len(label)]) + label.encode("ascii")
    return out + b"\0"


def read_name(msg: bytes, pos: int) -> tuple[str, int]:
    """Reads an uncompressed or compressed name; returns it and the position after it."""
    labels, end = [], None
    while True:
        n = msg[pos]
        if n & 0xC0 == 0xC0:
            if end is None:
                end = pos + 2
            pos = ((n & 0x3F) << 8) | msg[pos + 1]
            continue
        if n == 0:
            return ".".join(labels), (end if end is not None else pos + 1)
        labels.append(msg[pos + 1 : pos + 1 + n].decode("ascii", "replace"))
        pos += 1 + n


def serve(address: str, port: int, answer: str, log_path: str) -> None:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((address, port))
    rdata = socket.inet_aton(answer)
    with open(log_path, "a", buffering=1) as log:
        while True:
            msg, peer = sock.recvfrom(4096)
            try:
                qid, flags, qdcount = struct.unpack("!HHH", msg[:6])
                if qdcount < 1:
                    continue
                name, pos = read_name(msg, 12)
                qtype, qclass = struct.unpack("!HH", msg[pos : pos + 4])
            except (IndexError, struct.error):
                continue
            question = msg[12 : pos + 4]  # echoed as received (0x20 case randomization)
            log.write(f"{peer[0]} {name} {qtype}\n")
            ancount = 1 if qtype == 1 and qclass == 1 else 0
            rflags = 0x8000 | (flags & 0x0100) | 0x0400  # response, RD copied, authoritative
            reply = struct.pack("!HHHHHH", qid, rflags, 1, ancount, 0, 0) + question
            if ancount:
                reply += b"\xc0\x0c" + struct.pack("!HHIH", 1, 1, 60, 4) + rdata
            sock.sendto(reply, peer)


def query(server: str, port: int, name: str) -> int:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.settimeout(5)
    for _ in range(3):
        qid = random.randrange(65536)
        sock.sendto(struct.pack("!HHHHHH", qid, 0x0100, 1, 0, 0, 0) + encode_name(name) + b"\0\1\0\1", (server, port))
        try:
            msg = sock.recv(4096)
        except socket.timeout:
            continue
        rid, _flags, qdcount, ancount = struct.unpack("!HHHH", msg[:8])
        if rid != qid:
            continue
        pos = 12
        for _ in range(qdcount):
            pos = read_name(msg, pos)[1] + 4
        for _ in range(ancount):
            pos = read_name(msg, pos)[1]
            rtype, _rclass, _ttl, rdlen = struct.unpack("!HHIH", msg[pos : pos + 10])
            pos += 10
            if rtype == 1 and rdlen == 4:
                print(socket.inet_ntoa(msg[pos : pos + 4]))
                return 0
            pos += rdlen
        return 1
    return 1


def main() -> int:
    if len(sys.argv) == 6 and sys.argv[1] == "serve":
        serve(sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5])
        return 0
    if len(sys.argv) == 5 and sys.argv[1] == "query":
        return query(sys.argv[2], int(sys.argv[3]), sys.argv[4])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
