// The two vendor libraries Quanta interposes, and how to read each one's headers.
import { FOREIGN_TYPES } from './preprocess.js';

export interface LibrarySpec {
  /** Short id used in generated C names: quanta__<id>_names, QUANTA_<ID>_FN_COUNT... */
  id: 'cuda' | 'nvml';
  /** Where the description is committed, relative to the repository root. */
  descriptionPath: string;
  /** Exported functions start with this. */
  prefix: string;
  /** Return type every entry point shares (checked by the emitter). */
  returns: string;
  headers: string[];
  /** Preprocessor passes; each one declares a different set of real symbol names. */
  passes: string[][];
  /** Headers of PFN_<entry>_v<version> typedefs that date each versioned symbol. */
  typedefHeaders: string[];
  /** C declarations of types the headers borrow from elsewhere. */
  foreignTypes: string;
  /** The C macro holding the headers' API version. */
  versionMacro: string;
  /** Functions the library exports that no header declares, but programs reach
   * (seen in a GPU run's trace as unwrapped); their signatures as public reimplementations agree. */
  undeclaredExports: string;
}

export const CUDA: LibrarySpec = {
  id: 'cuda',
  descriptionPath: 'api/cuda-driver.json',
  prefix: 'cu',
  returns: 'CUresult',
  headers: ['cuda.h', 'cudaProfiler.h', 'cudaGL.h', 'cudaEGL.h', 'cudaVDPAU.h'],
  passes: [[], ['-DCUDA_API_PER_THREAD_DEFAULT_STREAM'], ['-D__CUDA_API_VERSION_INTERNAL']],
  typedefHeaders: ['cudaTypedefs.h', 'cudaProfilerTypedefs.h', 'cudaGLTypedefs.h', 'cudaEGLTypedefs.h', 'cudaVDPAUTypedefs.h'],
  foreignTypes: FOREIGN_TYPES,
  versionMacro: 'CUDA_VERSION',
  undeclaredExports: '',
};

export const NVML: LibrarySpec = {
  id: 'nvml',
  descriptionPath: 'api/nvml.json',
  prefix: 'nvml',
  returns: 'nvmlReturn_t',
  headers: ['nvml.h'],
  passes: [[], ['-DNVML_NO_UNVERSIONED_FUNC_DEFS']],
  typedefHeaders: [],
  foreignTypes: '',
  versionMacro: 'NVML_API_VERSION',
  // nvidia-smi fetches NVML's private table with it, as cudart does with cuGetExportTable.
  undeclaredExports: 'nvmlReturn_t nvmlInternalGetExportTable(const void **ppExportTable, const void *pExportTableId);',
};

export const LIBRARIES = [CUDA, NVML] as const;
