// Runs the C preprocessor over the toolkit's driver headers. Preprocessing (instead of
// parsing raw headers) resolves cuda.h's version macros (#define cuMemAlloc cuMemAlloc_v2)
// and per-thread-stream macros for us, so each pass yields real exported symbol names.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Types the interop headers borrow from GL, EGL and VDPAU, ABI-equivalent to the real ones. */
export const FOREIGN_TYPES = `typedef unsigned int GLuint;
typedef unsigned int GLenum;
typedef int32_t EGLint;
typedef void *EGLImageKHR;
typedef void *EGLStreamKHR;
typedef void *EGLSyncKHR;
typedef uint32_t VdpDevice;
typedef uint32_t VdpVideoSurface;
typedef uint32_t VdpOutputSurface;
typedef uint32_t VdpFuncId;
typedef int VdpStatus;
typedef VdpStatus VdpGetProcAddress(VdpDevice device, VdpFuncId function_id, void **function_pointer);`;

/** Preprocesses `headers` found in includeDir with extra -D flags; returns the C text. */
export function preprocess(includeDir: string, headers: string[], defines: string[], cc = process.env.CC ?? 'cc'): string {
  const stubs = mkdtempSync(join(tmpdir(), 'quanta-gen-'));
  try {
    // Empty system headers keep libc's declarations out of the output; the foreign
    // types stand in for GL/EGL/VDPAU headers the toolkit does not ship.
    for (const h of ['stdlib.h', 'stdint.h', 'stddef.h', 'GL/gl.h', 'EGL/egl.h', 'EGL/eglext.h']) {
      mkdirSync(join(stubs, h, '..'), { recursive: true });
      writeFileSync(join(stubs, h), '');
    }
    const main = join(stubs, 'all.h');
    writeFileSync(main, headers.map((h) => `#include <${h}>`).join('\n') + '\n');
    return execFileSync(cc, ['-E', '-P', '-nostdinc', '-I', stubs, '-I', includeDir,
      '-DCUDA_ENABLE_DEPRECATED', ...defines, main], { encoding: 'utf8', maxBuffer: 64 << 20 });
  } finally {
    rmSync(stubs, { recursive: true, force: true });
  }
}
