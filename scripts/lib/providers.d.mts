export type Provider = "sqlite" | "postgresql";
export function providerOf(url: string): Provider;
export function sqliteFileOf(url: string): string;
export const schemaPaths: Record<Provider, string>;
export const migrationsPaths: Record<Provider, string>;
export const migratedPostgresSchemaPath: string;
export function toPostgresSchema(sqliteSchema: string): string;
export function writePostgresSchema(): string;
