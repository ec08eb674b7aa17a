// Generated from api/wire/protocol.json by tools/gen (npm run gen -- emit). Do not edit.
// The daemon protocol's messages as TypeScript types and zod schemas (C speaks the same
// through native/gen/quanta_proto.c). src/daemon/protocol.ts checks every request with them.
import { z } from 'zod';
/**
 * The daemon's protocol: one JSON object per line over its Unix socket. A request is {v, id, op,
 * ...its fields}; no request names its sender: the daemon reads the peer's pid and uid from the
 * kernel (SO_PEERCRED); its answer {v, id, ok: true, ...the op's answer} or {v, id, ok: false,
 * error: {code, message}}. Peers ignore fields they do not know (so a field can be added without a
 * new version); a changed meaning needs a new version.
 */
export const PROTOCOL_VERSION = 2;
/** The longest line the interposer reads (its newline included). */
export const PROTOCOL_MAX_LINE = 4096;

/** A message for a value of a named type: the path of the value, then what is wrong. */
const at = (message: string) => (iss: { path?: PropertyKey[] }) => `"${(iss.path ?? []).map(String).join('.')}" ${message}`;
/** A message for a field a strict object does not have. */
const unknownKey = (iss: { path?: PropertyKey[]; keys?: string[] }, message: string) => `"${[...(iss.path ?? []), iss.keys?.[0] ?? ''].map(String).join('.')}" ${message}`;
/** A request id: what an answer repeats. */
const Id = z.number({ error: 'a request needs a numeric "id"' }).int({ error: 'a request needs a numeric "id"' }).min(0, { error: 'a request needs a numeric "id"' });

/** A GPU by index or UUID. */
export type GpuRef = number | string;
export const GpuRefSchema: z.ZodType<GpuRef> = z.union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.string().min(1)]);

export type PriorityClass = "high" | "normal" | "low";
export const PriorityClassSchema: z.ZodType<PriorityClass> = z.enum(["high", "normal", "low"]);

/** GPU-time settings to change (their values are the scheduler's to judge). */
export interface ComputeRequest {
  /** relative weight under the weighted policy */
  weight?: number;
  /** fraction of the GPU under the fixed policy */
  share?: number;
  priority?: PriorityClass;
}
export const ComputeRequestSchema: z.ZodType<ComputeRequest> = z.strictObject({
  weight: z.number({ error: at("must be a number") }).optional(),
  share: z.number({ error: at("must be a fraction of the GPU") }).optional(),
  priority: z.enum(["high", "normal", "low"], { error: at("must be one of high, normal, low") }).optional(),
}, { error: (iss) => (iss.code === 'unrecognized_keys' ? unknownKey(iss, "is not a GPU-time setting (weight, share, priority)") : at("must be an object with weight, share or priority")(iss)) });

export type PolicyKind = "best-effort" | "equal" | "fixed" | "weighted";
export const PolicyKindSchema: z.ZodType<PolicyKind> = z.enum(["best-effort", "equal", "fixed", "weighted"]);

/** A vGPU's GPU-time settings. */
export interface TenantSettings {
  weight: number;
  share?: number;
  priority: PriorityClass;
}
export const TenantSettingsSchema: z.ZodType<TenantSettings> = z.object({
  weight: z.number(),
  share: z.number().optional(),
  priority: PriorityClassSchema,
});

/** One GPU of a vGPU, in the order of its segment's slices. */
export interface VgpuGpu {
  uuid: string;
  /** -1: the GPU is not on this host now */
  index: number;
  /** bytes */
  quota: number;
}
export const VgpuGpuSchema: z.ZodType<VgpuGpu> = z.object({
  uuid: z.string().max(47),
  index: z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER),
  quota: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
});

/** A vGPU's GPU time on one GPU over the scheduler's last window (absent under best effort). */
export interface GpuTimeStatus {
  /** The share it is entitled to now, given who has work (0..1). */
  configured: number;
  /** Its part of the GPU time all vGPUs on the GPU used (0..1). */
  achieved: number;
  /** How long it has waited for the GPU with work in hand, in total. */
  waitedMs: number;
  /** The part of the GPU's time it was charged over the window (0..1): how busy it kept the GPU. */
  utilization?: number;
  /** Whether the page is gated (several vGPUs share the GPU, or a fixed share). */
  gated: boolean;
}
export const GpuTimeStatusSchema: z.ZodType<GpuTimeStatus> = z.object({
  configured: z.number(),
  achieved: z.number(),
  waitedMs: z.number(),
  utilization: z.number().optional(),
  gated: z.boolean(),
});

/** A vGPU as ps reports it: the ledger's view plus usage read from its segment. */
export interface VgpuStatus {
  name: string;
  /** the uid of the user who created it */
  owner: number;
  pids: number[];
  compute: TenantSettings;
  gpus: {
    uuid: string;
    index: number;
    quota: number;
    /** bytes its live processes hold */
    used: number;
    time?: GpuTimeStatus;
  }[];
  /** Per process, bytes held on each of the vGPU's GPUs (same order as gpus). */
  processes: {
    pid: number;
    used: number[];
  }[];
  /**
   * what the daemon found wrong with it (its segment tampered with, usage past its quota, usage it
   * could not read); empty when all is well
   */
  flags: string[];
}
export const VgpuStatusSchema: z.ZodType<VgpuStatus> = z.object({
  name: z.string(),
  owner: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  pids: z.array(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)),
  compute: TenantSettingsSchema,
  gpus: z.array(z.object({
    uuid: z.string(),
    index: z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER),
    quota: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    used: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    time: GpuTimeStatusSchema.optional(),
  })),
  processes: z.array(z.object({
    pid: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    used: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)),
  })),
  flags: z.array(z.string()),
});

export interface PsResult {
  vgpus: VgpuStatus[];
  gpus: {
    index: number;
    uuid: string;
    name: string;
    memoryTotal: number;
    simulated: boolean;
    policy: PolicyKind;
  }[];
}
export const PsResultSchema: z.ZodType<PsResult> = z.object({
  vgpus: z.array(VgpuStatusSchema),
  gpus: z.array(z.object({
    index: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    uuid: z.string(),
    name: z.string(),
    memoryTotal: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    simulated: z.boolean(),
    policy: PolicyKindSchema,
  })),
});

/** Why a request was refused. */
export interface WireError {
  /**
   * stable, for programs: bad-json, bad-version, bad-request, unknown-op, or the ledger's and
   * scheduler's codes
   */
  code: string;
  /** for people: what went wrong and what to do */
  message: string;
}
export const WireErrorSchema: z.ZodType<WireError> = z.object({
  code: z.string().max(63),
  message: z.string().max(1023),
});

/**
 * The CLI starting a program in a vGPU: creates or joins it for the sender (the launcher, as the
 * kernel names it) and returns a token the program's interposers join with.
 */
export interface LaunchRequest {
  v: 2;
  id: number;
  op: "launch";
  vgpu: {
    /** name to create or join; omitted: a new anonymous vGPU */
    name?: string;
    /** empty to join an existing vGPU on whatever GPUs it has */
    gpus: GpuRef[];
    memory?: number;
    compute?: ComputeRequest;
  };
}

export const LaunchRequestSchema: z.ZodType<LaunchRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("launch"),
  vgpu: z.object({
    name: z.string({ error: "\"vgpu.name\" must be a string" }).optional(),
    gpus: z.array(z.union([z.number({ error: "launch needs \"vgpu.gpus\": GPU indices or UUIDs" }).int().min(0).max(Number.MAX_SAFE_INTEGER), z.string({ error: "launch needs \"vgpu.gpus\": GPU indices or UUIDs" }).min(1)], { error: "launch needs \"vgpu.gpus\": GPU indices or UUIDs" }), { error: "launch needs \"vgpu.gpus\": GPU indices or UUIDs" }),
    memory: z.number({ error: "\"vgpu.memory\" must be a positive number of bytes" }).int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
    compute: ComputeRequestSchema.optional(),
  }, { error: "launch needs \"vgpu\": an object with its GPUs" }),
});

/** What the daemon answers to launch (besides v, id and ok). */
export interface LaunchAnswer {
  /** the vGPU's name */
  vgpu: string;
  /** what the program's interposers say hello with */
  token: string;
  gpus: {
    uuid: string;
    index: number;
    quota: number;
    /** what one context costs on this GPU (0: not measured) */
    contextBytes: number;
  }[];
}
export const LaunchAnswerSchema: z.ZodType<LaunchAnswer> = z.object({
  vgpu: z.string(),
  token: z.string(),
  gpus: z.array(z.object({
    uuid: z.string(),
    index: z.number().int().min(-1).max(Number.MAX_SAFE_INTEGER),
    quota: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    contextBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  })),
});

/**
 * An interposer registering its process (as the kernel names it): into the vGPU of `token`, or
 * back into its own after a daemon restart. With `fd`, the answer carries the vGPU's segment as a
 * descriptor.
 */
export interface HelloRequest {
  v: 2;
  id: number;
  op: "hello";
  token: string;
  /** send the vGPU's segment as a file descriptor (SCM_RIGHTS) with the answer's first byte */
  fd?: boolean;
}

export const HelloRequestSchema: z.ZodType<HelloRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("hello"),
  token: z.string({ error: "hello needs the \"token\" quanta run gave the program" }).regex(/^[0-9a-f]{32}$/),
  fd: z.boolean({ error: "hello: \"fd\" must be true or false" }).optional(),
});

/** What the daemon answers to hello (besides v, id and ok). */
export interface HelloAnswer {
  /** the vGPU's name */
  vgpu: string;
  /** the daemon knew this process already (it restarted meanwhile) */
  reconnected: boolean;
  /** path of the vGPU's segment, to map */
  segment: string;
  /** the vGPU's GPUs, slice by slice */
  gpus: VgpuGpu[];
}
export const HelloAnswerSchema: z.ZodType<HelloAnswer> = z.object({
  vgpu: z.string().max(63),
  reconnected: z.boolean(),
  segment: z.string().min(1).max(511),
  gpus: z.array(VgpuGpuSchema).max(16),
});

/** Every vGPU with its usage, and the host's GPUs. */
export interface PsRequest {
  v: 2;
  id: number;
  op: "ps";
}

export const PsRequestSchema: z.ZodType<PsRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("ps"),
});

/** Changes a vGPU: its memory quota, its GPU-time settings, or both. */
export interface SetRequest {
  v: 2;
  id: number;
  op: "set";
  name: string;
  memory?: number;
  compute?: ComputeRequest;
}

export const SetRequestSchema: z.ZodType<SetRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("set"),
  name: z.string({ error: "set needs the vGPU's \"name\"" }),
  memory: z.number({ error: "set: \"memory\" must be a positive number of bytes" }).int().min(1).max(Number.MAX_SAFE_INTEGER).optional(),
  compute: ComputeRequestSchema.optional(),
}).refine((r) => r.memory !== undefined || r.compute !== undefined, { error: "set needs \"memory\" (bytes) or \"compute\" (weight, share, priority)" });

/** What the daemon answers to set (besides v, id and ok). */
export interface SetAnswer {
  /** the vGPU's GPU-time settings now */
  compute?: TenantSettings;
}
export const SetAnswerSchema: z.ZodType<SetAnswer> = z.object({
  compute: TenantSettingsSchema.optional(),
});

/**
 * Removes a vGPU on purpose (its owner or root); with `force` also while processes run in it (they
 * get SIGTERM, then SIGKILL after 5 s).
 */
export interface RmRequest {
  v: 2;
  id: number;
  op: "rm";
  name: string;
  force?: boolean;
}

export const RmRequestSchema: z.ZodType<RmRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("rm"),
  name: z.string({ error: "rm needs the vGPU's \"name\"" }).min(1),
  force: z.boolean({ error: "rm: \"force\" must be true or false" }).optional(),
});

/** What the daemon answers to rm (besides v, id and ok). */
export interface RmAnswer {
  removed: string;
  /** the processes it ended */
  ended: number[];
}
export const RmAnswerSchema: z.ZodType<RmAnswer> = z.object({
  removed: z.string(),
  ended: z.array(z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)),
});

/** Whether the daemon runs, and what it has. */
export interface StatusRequest {
  v: 2;
  id: number;
  op: "status";
}

export const StatusRequestSchema: z.ZodType<StatusRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("status"),
});

/** What the daemon answers to status (besides v, id and ok). */
export interface StatusAnswer {
  pid: number;
  /** the UUIDs of the GPUs this daemon manages */
  gpus: string[];
  /** the vGPUs the asking user may see */
  vgpus: number;
  simulated: boolean;
  /** whether this is the host's system daemon, serving every user */
  system: boolean;
}
export const StatusAnswerSchema: z.ZodType<StatusAnswer> = z.object({
  pid: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  gpus: z.array(z.string()),
  vgpus: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  simulated: z.boolean(),
  system: z.boolean(),
});

/** An interposer that started waiting for its grant: decide now. Not answered. */
export interface WakeRequest {
  v: 2;
  id: number;
  op: "wake";
}

export const WakeRequestSchema: z.ZodType<WakeRequest> = z.object({
  v: z.literal(2),
  id: Id,
  op: z.literal("wake"),
});

/** Every request. */
export type Request = LaunchRequest | HelloRequest | PsRequest | SetRequest | RmRequest | StatusRequest | WakeRequest;
/** Every operation. */
export type Op = Request['op'];
export const OPS = ["launch", "hello", "ps", "set", "rm", "status", "wake"] as const satisfies readonly Op[];
/** The schema of each operation's request. */
export const REQUEST_SCHEMAS: { readonly [K in Op]: z.ZodType<Extract<Request, { op: K }>> } = {
  "launch": LaunchRequestSchema,
  "hello": HelloRequestSchema,
  "ps": PsRequestSchema,
  "set": SetRequestSchema,
  "rm": RmRequestSchema,
  "status": StatusRequestSchema,
  "wake": WakeRequestSchema,
};
/** What each answered operation answers (besides v, id and ok). */
export interface Answers {
  "launch": LaunchAnswer;
  "hello": HelloAnswer;
  "ps": PsResult;
  "set": SetAnswer;
  "rm": RmAnswer;
  "status": StatusAnswer;
}
/** The schema of each answer. */
export const ANSWER_SCHEMAS: { readonly [K in keyof Answers]: z.ZodType<Answers[K]> } = {
  "launch": LaunchAnswerSchema,
  "hello": HelloAnswerSchema,
  "ps": PsResultSchema,
  "set": SetAnswerSchema,
  "rm": RmAnswerSchema,
  "status": StatusAnswerSchema,
};
/** A refusal, as every operation may get. */
export const RefusalSchema = z.object({ v: z.literal(2), id: Id, ok: z.literal(false), error: WireErrorSchema });
