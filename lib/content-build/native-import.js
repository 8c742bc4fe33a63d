// Plain ESM JavaScript on purpose: Next compiles next.config.ts and the TypeScript it imports to CommonJS,
// turning import() into require(), which ESM-only @content-collections/core and the generated content refuse.
// Node loads this .js file natively (the package is "type": "module"), so its import() stays a real one.
export const nativeImport = (specifier) => import(specifier);
