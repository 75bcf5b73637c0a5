export function prepareDatabase(env: Record<string, string | undefined>, options?: { quiet?: boolean }): void;
