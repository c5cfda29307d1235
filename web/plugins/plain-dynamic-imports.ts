import { posix } from "node:path";
import type { Plugin } from "vite";

/**
 * Vite wraps every dynamic `import()` in its preload helper, which costs the entry ~0.7 KB
 * gzipped even when there is nothing to preload. The coordinator chunk needs nothing but the
 * entry itself and links its own stylesheet, so for imports like it the wrapper is dropped and
 * the minifier then removes the unused helper from the public form's bundle.
 *
 * An import keeps the wrapper when its chunk imports another chunk or carries CSS, and any
 * code this does not recognise is left alone (the bundle is then only bigger, never broken).
 */
const wrapped = /__vitePreload\(\(\) => import\("(\.{1,2}\/[^"]+)"\), __VITE_PRELOAD__\)/g;

/** A stylesheet the chunk would make Vite load (`?url`, `?inline` and the like are not). */
const isCss = (id: string) => !id.includes("?") && id.endsWith(".css");

export function plainDynamicImports(): Plugin {
  return {
    name: "rinnalla:plain-dynamic-imports",
    apply: "build",
    enforce: "post",
    renderChunk(code, chunk, _options, meta) {
      const loaded = new Set([chunk.fileName, ...chunk.imports]);
      const directory = posix.dirname(chunk.fileName);
      let changed = false;
      const result = code.replace(wrapped, (whole, specifier: string) => {
        const target = meta.chunks[posix.join(directory, specifier)];
        if (!target) return whole;
        const needsNothing =
          target.imports.every((file) => loaded.has(file)) && !target.moduleIds.some(isCss);
        if (!needsNothing) return whole;
        changed = true;
        return `import("${specifier}")`;
      });
      return changed ? { code: result, map: null } : null;
    },
  };
}
