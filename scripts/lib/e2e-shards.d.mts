export function specFiles(dir: string, ignore?: (relative: string) => boolean): string[];
export function readDurations(file: string): Record<string, number>;
export function planShards(
  files: string[],
  durations: Record<string, number>,
  shards: number,
): { files: string[]; seconds: number }[];
export function durationsFromReports(reports: unknown[]): Record<string, number>;
