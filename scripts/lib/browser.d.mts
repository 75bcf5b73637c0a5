export const missingBrowserMessage: string;
export function findChromium(env?: Record<string, string | undefined>): string | null;
export const chromiumArgs: string[];
