export declare function nativeImport<T = Record<string, unknown>>(specifier: string): Promise<T>;
