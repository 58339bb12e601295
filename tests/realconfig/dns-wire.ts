/** Just enough of the DNS wire format for the real-program DNS tests: A queries and replies. */

/** An A/IN query for `name` with message id `id`. */
export function query(name: string, id: number): Buffer {
  const labels = name.split(".").map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)]));
  const header = Buffer.from([id >> 8, id & 255, 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
  return Buffer.concat([header, ...labels, Buffer.from([0, 0, 1, 0, 1])]); // A, IN
}

/** The question's name, and where the question section ends. */
export function questionName(msg: Buffer): { name: string; end: number } {
  const parts: string[] = [];
  let i = 12;
  while (msg[i] !== 0) {
    parts.push(msg.subarray(i + 1, i + 1 + msg[i]).toString());
    i += msg[i] + 1;
  }
  return { name: parts.join("."), end: i + 5 };
}

/** rcode and the A records of a reply whose answers use name compression (as dnsmasq's do). */
export function parseReply(msg: Buffer): { rcode: number; addresses: string[] } {
  const rcode = msg[3] & 15;
  let i = questionName(msg).end;
  const addresses: string[] = [];
  for (let n = msg.readUInt16BE(6); n > 0; n--) {
    i += (msg[i] & 0xc0) === 0xc0 ? 2 : questionName(msg.subarray(i - 12)).end - 4;
    const type = msg.readUInt16BE(i);
    const len = msg.readUInt16BE(i + 8);
    if (type === 1) addresses.push([...msg.subarray(i + 10, i + 14)].join("."));
    i += 10 + len;
  }
  return { rcode, addresses };
}
