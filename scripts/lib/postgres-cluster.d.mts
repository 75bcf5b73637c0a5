export function findPostgresBin(): string | null;
export function startThrowawayCluster(options: { port: number }): { url: string; stop(): void };
