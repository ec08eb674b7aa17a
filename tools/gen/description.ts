// The shape of api/cuda-driver.json, the one description every generated C file comes from.

export interface SymbolDesc {
  /** The exported symbol, e.g. cuMemAlloc_v2 or cuLaunchKernel_ptsz. */
  symbol: string;
  /** CUDA version (1000*major + 10*minor) that introduced this symbol; 0 if the headers do not say. */
  since: number;
  /** Per-thread default-stream variant of `of`, or null for the legacy-stream symbol. */
  perThread: 'ptds' | 'ptsz' | null;
  of?: string;
  /** Declared by the header with no special macros: what a program compiled against it calls. */
  declaredByDefault: boolean;
  returns: string;
  /** [C type, parameter name] pairs. */
  params: [string, string][];
}

export interface EntryPoint {
  /** The name cuGetProcAddress is asked for, e.g. cuMemAlloc. */
  name: string;
  symbols: SymbolDesc[];
}

export interface ApiDescription {
  description: string;
  library: 'cuda' | 'nvml';
  /** Headers read, and their API version macro (CUDA_VERSION, NVML_API_VERSION). */
  source: { headers: string[]; version: number };
  /** Declarations of GL/EGL/VDPAU types the interop entry points use. */
  foreignTypes: string;
  /** Every type declaration of the driver headers, in order, as C text. */
  types: string[];
  entryPoints: EntryPoint[];
  /** What the generator could not map exactly; reviewed by a person. */
  warnings: string[];
}
