// A process that talks to the daemon as itself: since the daemon takes a connection's
// pid and uid from the kernel, a test that needs "a launcher" or "a registered process"
// starts one of these. Run as `node peer.js SOCKET JSON...`: sends each request (v and id
// added) in turn on one connection and prints each answer line. Each line later read on
// stdin is a request sent on a new connection (a reconnect); every connection stays
// open until the peer is killed or its stdin closes.
import { createConnection } from 'node:net';
import { createInterface } from 'node:readline';

const [socket, ...initial] = process.argv.slice(2);
if (socket === undefined) {
  process.stderr.write('usage: node peer.js SOCKET [REQUEST_JSON...]\n');
  process.exit(2);
}

function connect(requests: string[]): void {
  const conn = createConnection(socket!);
  let buffered = '';
  let next = 0;
  const send = () => {
    const r = requests[next++];
    if (r !== undefined) conn.write(JSON.stringify({ v: 2, id: next, ...JSON.parse(r) }) + '\n');
  };
  conn.setEncoding('utf8');
  conn.on('connect', send);
  conn.on('data', (chunk: string) => {
    buffered += chunk;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      process.stdout.write(buffered.slice(0, nl + 1));
      buffered = buffered.slice(nl + 1);
      send();
    }
  });
  conn.on('error', (e) => process.stdout.write(JSON.stringify({ peerError: e.message }) + '\n'));
}

if (initial.length > 0) connect(initial);
createInterface({ input: process.stdin }).on('line', (line) => connect([line])).on('close', () => process.exit(0));
