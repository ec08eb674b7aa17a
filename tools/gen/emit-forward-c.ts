// API forwarding's generated C (docs/design/forwarding.md): the client library's entry
// points, which marshal each call into a frame (native/forward/fwd_client.h), and the
// executor's handlers, which unmarshal it, call the real driver and marshal what comes
// back (native/forward/fwd_executor.h). Both sides follow one plan per symbol
// (forward-description.ts), so they cannot disagree about the layout of a call.
import type { ApiDescription, SymbolDesc } from './description.js';
import { GenError } from './errors.js';
import { FORWARD, type ForwardLibrary, type ParamPlan, type SymbolPlan } from './forward-description.js';

const BANNER = `/* Generated from api/cuda-driver.json, api/nvml.json, ${FORWARD.cuda.path} and ${FORWARD.nvml.path} by tools/gen (npm run gen -- emit). Do not edit. */\n`;
const params = (s: SymbolDesc) => (s.params.length ? s.params.map(([t, n]) => `${t}${t.endsWith('*') ? '' : ' '}${n}`).join(', ') : 'void');

/** How each library's generated entry points start, end and refuse (native/forward/fwd_client.h). */
const LIB = {
  cuda: { index: 'QUANTA_CUDA_', result: 'CUresult', begin: 'quanta__fwd_begin', end: 'quanta__fwd_end', unsupported: 'quanta__fwd_unsupported', nullOnly: 'quanta__fwd_null_only', handlers: 'quanta__fwd_handlers', count: 'QUANTA_CUDA_FN_COUNT' },
  nvml: { index: 'QUANTA_NVML_', result: 'nvmlReturn_t', begin: 'quanta__fwd_begin_nvml', end: 'quanta__fwd_end_nvml', unsupported: 'quanta__fwd_nvml_unsupported', nullOnly: 'quanta__fwd_nvml_null_only', handlers: 'quanta__fwd_nvml_handlers', count: 'QUANTA_NVML_FN_COUNT' },
} as const;
type Lib = (typeof LIB)[ForwardLibrary];

/** A synchronous copy from the program's memory that returns nothing: its chunks but the
 * last go without waiting (their errors come back with the last's reply), so the program
 * fills the next chunk while the executor copies this one. */
const pipelined = (plan: SymbolPlan) =>
  plan.mode === 'sync' && !!plan.split?.advance.some((p) => p.kind === 'in-bytes') &&
  !plan.params.some((p) => p.kind.startsWith('out-') || p.kind === 'inout-elem' || p.kind === 'in-options');

/** A copy into the program's memory (a split copy's output buffer): its reply may stream
 * back (KIND_STREAM), the executor copying pieces while the client takes them. */
const streamed = (plan: SymbolPlan): (ParamPlan & { kind: 'out-bytes'; size: string }) | undefined =>
  plan.split?.advance.find((p): p is ParamPlan & { kind: 'out-bytes'; size: string } => p.kind === 'out-bytes');

/** A split copy's entry point: one call per chunk of at most QUANTA_FWD_CHUNK bytes, each
 * moving the addresses on; the first error ends it. A NULL host buffer goes as one call
 * (the driver refuses it). */
function splitStub(s: SymbolDesc, plan: SymbolPlan & { split: NonNullable<SymbolPlan['split']> }): string {
  const { size, advance } = plan.split;
  const buffers = advance.filter((p) => p.kind !== 'scalar');
  const last = pipelined(plan) ? ', 1' : '';
  const chunk = streamed(plan) ? 'QUANTA_FWD_STREAM_CHUNK' : 'chunk_';
  const chunkDecl = streamed(plan) ? '' : `    const size_t chunk_ = quanta__fwd_chunk(${size});
`;
  const moved = (p: ParamPlan) => {
    if (!advance.includes(p)) return p.name === size ? 'n_' : p.name;
    return p.kind === 'scalar' ? `${p.name} + done_` : `(${p.type})((${p.type.includes('const') ? 'const ' : ''}char *)${p.name} + done_)`;
  };
  const args = plan.params.map(moved).join(', ') + (pipelined(plan) ? `, done_ + n_ == ${size}` : '');
  const whole = plan.params.map((p) => p.name).join(', ') + last;
  return `QUANTA__FWD_EXPORT CUresult ${s.symbol}(${params(s)})
{
${chunkDecl}    if (${size} <= ${chunk}${buffers.map((b) => ` || ${b.name} == NULL`).join('')})
        return one_${s.symbol}(${whole});
    for (size_t done_ = 0; done_ < ${size};) {
        size_t n_ = ${size} - done_ < ${chunk} ? ${size} - done_ : ${chunk};
        CUresult rc_ = one_${s.symbol}(${args});
        if (rc_ != CUDA_SUCCESS)
            return rc_;
        done_ += n_;
    }
    return CUDA_SUCCESS;
}
`;
}

const optFamily = (f: 'jit' | 'library') => (f === 'jit' ? 'QUANTA__FWD_OPT_JIT' : 'QUANTA__FWD_OPT_LIBRARY');

function clientStub(lib: Lib, s: SymbolDesc, plan: SymbolPlan | undefined): string {
  if (plan?.split) {
    const one = clientCall(lib, s, plan, `static ${lib.result} one_${s.symbol}`, pipelined(plan));
    return `${one}\n${splitStub(s, { ...plan, split: plan.split })}`;
  }
  return clientCall(lib, s, plan, `QUANTA__FWD_EXPORT ${lib.result} ${s.symbol}`);
}

function clientCall(lib: Lib, s: SymbolDesc, plan: SymbolPlan | undefined, declaration: string, lastParam = false): string {
  const head = `${declaration}(${params(s)}${lastParam ? ', int last_' : ''})\n{\n`;
  const fnIndex = (symbol: string) => `${lib.index}${symbol}`;
  if (!plan) {
    return `${head}${s.params.map(([, n]) => `    (void)${n};\n`).join('')}    return ${lib.unsupported}(${fnIndex(s.symbol)});\n}\n`;
  }
  const lines: string[] = [];
  if (plan.cache === 'forget' && plan.mode === 'async') lines.push('    quanta__fwd_forget_answers();');
  for (const p of plan.params) if (p.kind === 'none') lines.push(`    if (${p.name} != NULL)\n        return ${lib.nullOnly}(${fnIndex(s.symbol)}, "${p.name}");`);
  lines.push('    struct quanta__fwd_call c;', `    ${lib.begin}(&c, ${fnIndex(s.symbol)});`);
  if (plan.cache === 'keep') lines.push('    c.keep_answer = 1;');
  for (const p of plan.params) {
    switch (p.kind) {
      case 'scalar': lines.push(`    quanta__fwd_put(&c, &${p.name}, sizeof ${p.name});`); break;
      case 'none': break;
      case 'in-elem':
      case 'inout-elem': lines.push(`    quanta__fwd_put_opt(&c, ${p.name}, sizeof *${p.name});`); break;
      case 'in-bytes': lines.push(`    quanta__fwd_put_buf(&c, ${p.name}, (uint64_t)(${p.size}));`); break;
      case 'in-cstring': lines.push(`    quanta__fwd_put_cstring(&c, ${p.name});`); break;
      case 'in-image': lines.push(`    quanta__fwd_put_image(&c, ${p.name});`); break;
      case 'in-kernel-params': lines.push(`    quanta__fwd_put_kernel_params(&c, ${p.fn}, ${p.name});`); break;
      case 'in-options': lines.push(`    quanta__fwd_put_options(&c, ${optFamily(p.family)}, (const int *)${p.name}, ${p.values}, ${p.count});`); break;
      case 'with-options': break;
      case 'in-launch-config': lines.push(`    quanta__fwd_put_launch_config(&c, ${p.name});`); break;
      case 'out-elem':
      case 'out-bytes':
      case 'out-name':
      case 'out-counted': lines.push(`    quanta__fwd_want(&c, ${p.name} != NULL);`); break;
    }
  }
  const stream = plan ? streamed(plan) : undefined;
  if (stream) lines.push(`    quanta__fwd_stream_into(&c, ${stream.name}, (uint64_t)(${stream.size}));`);
  // A counted array's room: the count as the program passed it (the reply overwrites it).
  for (const p of plan.params) if (p.kind === 'out-counted') lines.splice(lines.indexOf('    struct quanta__fwd_call c;'), 0, `    const uint64_t room_${p.name} = ${p.count} != NULL ? (uint64_t)*${p.count} * sizeof *${p.name} : 0;`);
  if (plan.mode === 'async') {
    lines.push('    return quanta__fwd_async(&c);');
  } else {
    if (lastParam) lines.push('    if (!last_)\n        return quanta__fwd_async(&c);');
    lines.push('    CUresult rc = quanta__fwd_sync(&c);');
    // After the call: an answer kept while it ran may predate it.
    if (plan.cache === 'forget') lines.push('    quanta__fwd_forget_answers();');
    for (const p of plan.params) {
      if (p.kind === 'out-elem' || p.kind === 'inout-elem') lines.push(`    quanta__fwd_get_opt(&c, ${p.name}, sizeof *${p.name});`);
      if (p.kind === 'out-bytes') lines.push(`    quanta__fwd_get_buf(&c, ${p.name}, (uint64_t)(${p.size}));`);
      if (p.kind === 'out-counted') lines.push(`    quanta__fwd_get_buf(&c, ${p.name}, room_${p.name});`);
      if (p.kind === 'out-name') lines.push(`    quanta__fwd_get_name(&c, ${p.name});`);
      if (p.kind === 'in-options') lines.push(`    quanta__fwd_get_options(&c, ${optFamily(p.family)}, (const int *)${p.name}, ${p.values}, ${p.count});`);
    }
    lines.push(lib === LIB.cuda ? '    return quanta__fwd_end(&c, rc);' : `    return ${lib.end}(&c, rc);`);
  }
  return `${head}${lines.join('\n')}\n}\n`;
}

/** The executor's handler: takes the arguments in order, calls the driver, gives back outputs. */
function handler(s: SymbolDesc, plan: SymbolPlan, lib: Lib): string {
  const decl: string[] = [];
  const take: string[] = [];
  const check: string[] = [];
  const give: string[] = [];
  const arg = (p: ParamPlan) => {
    switch (p.kind) {
      case 'scalar': return p.name;
      case 'none': return 'NULL';
      case 'in-elem': case 'inout-elem': return `has_${p.name} ? &v_${p.name} : NULL`;
      case 'out-elem': case 'out-name': return `want_${p.name} ? &v_${p.name} : NULL`;
      case 'in-bytes': case 'in-image': return `(${p.type})${p.name}`;
      case 'out-bytes': case 'out-counted': return `(${p.type})${p.name}`;
      case 'in-cstring': return p.name;
      case 'in-kernel-params': return p.name;
      case 'in-options': return `o_${p.name}.count ? (${p.type})o_${p.name}.options : NULL`;
      case 'with-options': return 'NULL'; /* replaced below: the values of its option list */
      case 'in-launch-config': return p.name;
    }
  };
  const optionLists = plan.params.filter((p): p is ParamPlan & { kind: 'in-options' } => p.kind === 'in-options');
  const valuesOf = new Map(optionLists.map((p) => [p.values, p.name]));
  // The driver's list may be shorter than the program's (hints not passed on): its count.
  const countOf = new Map(optionLists.map((p) => [p.count, p.name]));
  for (const p of plan.params) {
    switch (p.kind) {
      case 'scalar':
        decl.push(`    ${p.type} ${p.name};`);
        take.push(`quanta__fwd_take(in, &${p.name}, sizeof ${p.name})`);
        break;
      case 'none': break;
      case 'in-elem':
        decl.push(`    ${p.pointee} v_${p.name};`, `    int has_${p.name} = 0;`);
        take.push(`quanta__fwd_take_opt(in, &v_${p.name}, sizeof v_${p.name}, &has_${p.name})`);
        break;
      case 'inout-elem':
        decl.push(`    ${p.pointee} v_${p.name};`, `    int has_${p.name} = 0;`);
        take.push(`quanta__fwd_take_opt(in, &v_${p.name}, sizeof v_${p.name}, &has_${p.name})`);
        give.push(`    if (has_${p.name})\n        quanta__fwd_give(out, &v_${p.name}, sizeof v_${p.name});`);
        break;
      case 'in-bytes':
      case 'in-image':
        decl.push(`    const void *${p.name} = NULL;`, `    uint64_t n_${p.name} = 0;`);
        take.push(p.kind === 'in-image' ? `quanta__fwd_take_image(in, out, &${p.name}, &n_${p.name})` : `quanta__fwd_take_buf(in, &${p.name}, &n_${p.name})`);
        if (p.kind === 'in-bytes') check.push(`${p.name} != NULL && n_${p.name} != (uint64_t)(${p.size})`);
        break;
      case 'in-cstring':
        decl.push(`    const char *${p.name} = NULL;`);
        take.push(`quanta__fwd_take_cstring(in, &${p.name})`);
        break;
      case 'in-kernel-params':
        decl.push(`    void **${p.name} = NULL;`);
        take.push(`quanta__fwd_take_kernel_params(in, out, &${p.name})`);
        break;
      case 'in-options':
        decl.push(`    struct quanta__fwd_options o_${p.name};`);
        take.push(`quanta__fwd_take_options(in, ${optFamily(p.family)}, &o_${p.name})`);
        check.push(`(o_${p.name}.sent != 0 && o_${p.name}.sent != (uint64_t)(${p.count}))`); /* 0: the program gave no list */
        give.push(`    quanta__fwd_give_options(out, &o_${p.name}, rc);`);
        break;
      case 'with-options': break;
      case 'in-launch-config':
        decl.push(`    const CUlaunchConfig *${p.name} = NULL;`);
        take.push(`quanta__fwd_take_launch_config(in, &${p.name})`);
        break;
      case 'out-elem':
        decl.push(`    ${p.pointee} v_${p.name};`, `    uint8_t want_${p.name} = 0;`);
        take.push(`quanta__fwd_take(in, &want_${p.name}, 1)`);
        give.push(`    if (want_${p.name})\n        quanta__fwd_give(out, &v_${p.name}, sizeof v_${p.name});`);
        decl.push(`    memset(&v_${p.name}, 0, sizeof v_${p.name});`);
        break;
      case 'out-name':
        decl.push(`    const char *v_${p.name} = NULL;`, `    uint8_t want_${p.name} = 0;`);
        take.push(`quanta__fwd_take(in, &want_${p.name}, 1)`);
        give.push(`    if (want_${p.name})\n        quanta__fwd_give_buf(out, v_${p.name}, rc == CUDA_SUCCESS && v_${p.name} != NULL ? strlen(v_${p.name}) + 1 : 0);`);
        break;
      case 'out-counted':
        decl.push(`    void *${p.name} = NULL;`, `    uint8_t want_${p.name} = 0;`, `    uint64_t before_${p.name} = 0;`);
        take.push(`quanta__fwd_take(in, &want_${p.name}, 1)`);
        give.push(`    if (want_${p.name})\n        quanta__fwd_give_buf(out, ${p.name}, rc == 0 ? (uint64_t)(v_${p.count} < before_${p.name} ? v_${p.count} : before_${p.name}) * sizeof(${p.pointee}) : 0);`);
        break;
      case 'out-bytes':
        decl.push(`    void *${p.name} = NULL;`, `    uint8_t want_${p.name} = 0;`);
        take.push(`quanta__fwd_take(in, &want_${p.name}, 1)`);
        give.push(`    if (want_${p.name})\n        quanta__fwd_give_buf(out, ${p.name}, rc == CUDA_SUCCESS ? (uint64_t)(${p.size}) : 0);`);
        break;
    }
  }
  const scratch = plan.params.filter((p): p is ParamPlan & { kind: 'out-bytes'; size: string } => p.kind === 'out-bytes').map((p) =>
    `    if (want_${p.name} && (${p.name} = quanta__fwd_scratch(out, (uint64_t)(${p.size}))) == NULL)\n        return CUDA_ERROR_INVALID_VALUE; /* more than a reply may carry */`);
  for (const p of plan.params) {
    if (p.kind !== 'out-counted') continue;
    scratch.push(`    before_${p.name} = has_${p.count} ? (uint64_t)v_${p.count} : 0;`,
      `    if (want_${p.name} && (before_${p.name} > (uint64_t)QUANTA_FWD_MAX_PAYLOAD / sizeof(${p.pointee}) ||\n        (${p.name} = quanta__fwd_scratch(out, before_${p.name} * sizeof(${p.pointee}))) == NULL))\n        return QUANTA__FWD_MALFORMED; /* more than a reply may carry */`);
  }
  return `static CUresult x_${s.symbol}(struct quanta__fwd_in *in, struct quanta__fwd_out *out)
{
${decl.join('\n')}${decl.length ? '\n' : ''}    (void)out;
    if (${take.length ? take.join(' ||\n        ') : '0'}${take.length ? ' ||\n        ' : ' || '}quanta__fwd_left(in) != 0)
        return QUANTA__FWD_MALFORMED;
${check.length ? `    if (${check.join(' || ')})\n        return QUANTA__FWD_MALFORMED;\n` : ''}${streamLoop(s, plan, lib, arg)}${scratch.join('\n')}${scratch.length ? '\n' : ''}    CUresult rc = ${lib === LIB.cuda ? '' : '(CUresult)'}${s.symbol}(${plan.params.map((p) => (valuesOf.has(p.name) ? `o_${valuesOf.get(p.name)}.count ? o_${valuesOf.get(p.name)}.values : NULL` : countOf.has(p.name) ? `(${p.type})o_${countOf.get(p.name)}.count` : arg(p))).join(', ')});
${give.join('\n')}${give.length ? '\n' : ''}    return rc;
}
`;
}

/** The calls whose frame the executor may use where it lies in the shared memory: copies
 * from the program's memory (split copies with an input buffer), whose data the driver reads
 * straight from the ring. Everything else is copied out first, so the client cannot change
 * an argument between the executor's checks and its use. */
function inPlaceTable(plans: SymbolPlan[]): string {
  const inPlace = plans.filter((p) => p.split?.advance.some((a) => a.kind === 'in-bytes'));
  return `
const unsigned char quanta__fwd_in_place[QUANTA_CUDA_FN_COUNT] = {
${inPlace.map((p) => `    [QUANTA_CUDA_${p.symbol}] = ${p.mode === 'async' ? 'QUANTA__FWD_IN_PLACE_ASYNC' : 'QUANTA__FWD_IN_PLACE_SYNC'},`).join('\n')}
};
`;
}

/** A streamed copy's handler (KIND_STREAM): the driver copies piece by piece into room the
 * transport gives, each piece going to the client as soon as it is there. After a failed
 * piece the rest is sent unfilled: the length was promised, the result says what happened. */
function streamLoop(s: SymbolDesc, plan: SymbolPlan, lib: Lib, arg: (p: ParamPlan) => string): string {
  const out = streamed(plan);
  if (!out || !plan.split) return '';
  const advance = plan.split.advance;
  const stream = plan.params.find((p) => p.kind === 'scalar' && p.type.trim() === 'CUstream');
  const args = plan.params.map((p) => {
    if (p === out) return `(${p.type})at_`;
    if (p.name === plan.split!.size) return 'n_';
    if (advance.includes(p)) return `${p.name} + done_`;
    return arg(p);
  }).join(', ');
  return `    if (want_${out.name} && quanta__fwd_stream_begin(out, (uint64_t)(${out.size}))) {
        CUresult rc = CUDA_SUCCESS;
        const size_t piece_ = quanta__fwd_stream_piece((uint64_t)(${out.size}));
        for (uint64_t done_ = 0; done_ < (uint64_t)(${out.size});) {
            size_t n_ = (uint64_t)(${out.size}) - done_ < piece_ ? (size_t)((uint64_t)(${out.size}) - done_) : piece_;
            void *at_ = quanta__fwd_stream_room(out, n_);
            if (at_ == NULL)
                break; /* the client went: the session ends */
            if (rc == CUDA_SUCCESS)
                rc = ${lib === LIB.cuda ? '' : '(CUresult)'}${s.symbol}(${args});${stream ? `
            if (rc == CUDA_SUCCESS)
                rc = quanta__fwd_stream_settle(out, ${stream.name}); /* into pinned memory the copy is truly asynchronous */` : ''}
            quanta__fwd_stream_sent(out, n_);
            done_ += n_;
        }
        return rc;
    }
`;
}

/** The names of a result enum's values, from the API's types (error names answered by the client). */
function resultNames(api: ApiDescription, type: string): [string, number][] {
  const text = api.types.find((t) => new RegExp(`\\}\\s*${type};`).test(t) && t.includes('enum'));
  const body = text ? /\{([^}]*)\}/.exec(text)?.[1] : undefined;
  if (!body) throw new GenError(`${api.library}: no ${type} enum among the types`);
  return body.split(',').map((x) => x.trim()).filter(Boolean).map((x) => {
    const m = /^(\w+)\s*=\s*(\d+)$/.exec(x);
    if (!m) throw new GenError(`${type} enumerator ${x}: expected NAME = NUMBER`);
    return [m[1]!, Number(m[2])];
  });
}

/** The generated client and executor sources for the forwarded APIs (the driver's and NVML's). */
export function emitForward(cuda: ApiDescription, cudaPlans: SymbolPlan[], nvml: ApiDescription, nvmlPlans: SymbolPlan[]): Record<string, string> {
  const part = (api: ApiDescription, plans: SymbolPlan[], lib: Lib) => {
    const bySymbol = new Map(plans.map((p) => [p.symbol, p]));
    const symbols = api.entryPoints.flatMap((e) => e.symbols);
    const forwarded = symbols.filter((s) => { const m = bySymbol.get(s.symbol)?.mode; return m === 'sync' || m === 'async'; });
    return {
      symbols,
      stubs: symbols.filter((s) => bySymbol.get(s.symbol)?.mode !== 'local').map((s) => clientStub(lib, s, bySymbol.get(s.symbol))).join('\n'),
      handlers: `${forwarded.map((s) => handler(s, bySymbol.get(s.symbol)!, lib)).join('\n')}
const quanta__fwd_handler ${lib.handlers}[${lib.count}] = {
${forwarded.map((s) => `    [${lib.index}${s.symbol}] = x_${s.symbol},`).join('\n')}
};
${lib === LIB.cuda ? inPlaceTable(forwarded.map((s) => bySymbol.get(s.symbol)!)) : ''}`,
    };
  };
  const c = part(cuda, cudaPlans, LIB.cuda);
  const n = part(nvml, nvmlPlans, LIB.nvml);
  const names = (table: string, values: [string, number][]) => `const struct quanta__fwd_error ${table}[] = {
${values.map(([k, v]) => `    { ${v}, "${k}" },`).join('\n')}
};
const int ${table.replace('errors', 'error_count')} = ${values.length};`;
  const client = `${BANNER}/* The client library's entry points: each forwarded one marshals its call (native/forward/
 * fwd_client.h); every other answers CUDA_ERROR_NOT_SUPPORTED (NVML: NVML_ERROR_NOT_SUPPORTED)
 * and says so once. Entry points the client answers itself (mode local) are in
 * native/forward/client_*.c. */
#include "fwd_client.h"

${c.stubs}
${n.stubs}
/* cuGetErrorName's and nvmlErrorString's answers, from the result enums. */
${names('quanta__fwd_errors', resultNames(cuda, 'CUresult'))}
${names('quanta__fwd_nvml_errors', resultNames(nvml, 'nvmlReturn_t'))}

/* What cuGetProcAddress hands out: the client's own entry points. */
void *const quanta__fwd_fns[QUANTA_CUDA_FN_COUNT] = {
${c.symbols.map((s) => `    (void *)${s.symbol},`).join('\n')}
};
`;
  const executor = `${BANNER}/* The executor's handlers: one per forwarded symbol (native/forward/fwd_executor.h). NVML's
 * return their nvmlReturn_t as the frame's result. */
#include <string.h>

#include "fwd_executor.h"

${c.handlers}
${n.handlers}`;
  return { 'native/gen/quanta_fwd_client.c': client, 'native/gen/quanta_fwd_executor.c': executor };
}
