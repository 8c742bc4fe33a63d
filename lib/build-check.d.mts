export declare const DIST_DIR: string;
export declare function sourceFingerprint(root?: string): string;
export declare function buildProblem(root?: string): string | undefined;
