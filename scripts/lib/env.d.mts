type Env = Record<string, string | undefined>;
export const projectRoot: string;
export function dataDir(env?: Env): string;
export function databaseUrl(env?: Env): string;
export function prismaEngineEnv(): Record<string, string>;
export function resolveAuthSecret(env?: Env): string;
export function toolEnv(env?: Env): Record<string, string>;
export function appEnv(env?: Env): Record<string, string>;
