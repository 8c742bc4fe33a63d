export type ToolName = "chromium" | "postgresql" | "caddy";
export declare const TOOLS: Record<
  ToolName,
  { label: string; package: string; program: string; debianDirs: () => string[] }
>;
export declare function searchDirs(env?: NodeJS.ProcessEnv): string[];
export declare function findTool(name: ToolName, dirs?: string[], env?: NodeJS.ProcessEnv): string | null;
export declare function installCommand(names: ToolName[]): string;
export declare function missingMessage(names: ToolName[]): string;
