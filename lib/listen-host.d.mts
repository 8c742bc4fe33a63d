export declare function listenHost(env?: Record<string, string | undefined>): { hostname: string; warning?: string };
