/** 5242880 → "5 MB", 1572864 → "1.5 MB": limits as editors read them in error messages. */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : Number(megabytes.toFixed(1))} MB`;
}

/** 15000 → "15 seconds", 1000 → "1 second", 500 → "0.5 seconds". */
export function formatSeconds(milliseconds: number): string {
  const seconds = Number((milliseconds / 1000).toFixed(1));
  return `${seconds} ${seconds === 1 ? "second" : "seconds"}`;
}
