// Every file generated from the wire descriptions (api/wire/*.json), by path.
import { emitLayoutHeader, emitProtocolC } from './emit-wire-c.js';
import { emitLayoutTs, emitProtocolTs } from './emit-wire-ts.js';
import { loadWire } from './wire-description.js';
import { placeLayout } from './wire-layout.js';

/** The generated files (relative path -> text) for the descriptions under `root`. */
export function emitWire(root: string): Record<string, string> {
  const wire = loadWire(root);
  const layouts = wire.layouts.map((l) => placeLayout(l.path, l.desc));
  const proto = emitProtocolC(wire.protocol.desc);
  return {
    'native/gen/quanta_wire.h': emitLayoutHeader(layouts),
    'native/gen/quanta_proto.h': proto.header,
    'native/gen/quanta_proto.c': proto.source,
    'src/gen/layout.ts': emitLayoutTs(layouts),
    'src/gen/protocol.ts': emitProtocolTs(wire.protocol.desc),
  };
}
