/**
 * @gatehouse/server — the reference backend: a Hono app serving the Gatehouse REST contract on embedded
 * PGlite or a Postgres server, with mail through nodemailer or a development outbox.
 */

export type { BreachedPasswordCheck, BreachFinding, BreachPolicy } from '@gatehouse/flows';
export type { SessionPlace } from '@gatehouse/flows/sessions';
export { type SeedAccountOptions, seedAccount } from './accounts/seed.js';
export { createGatehouseServer, type GatehouseApp, type GatehouseServerOptions } from './create-server.js';
export { seedDevices } from './devices/seed-devices.js';
export {
  databaseFileStorage,
  type FileReferenceIssue,
  type FileStorage,
  type FormFileUploadsOptions,
  type FormWithFiles,
  fileFieldsOf,
  formFileUploads,
  formVersionCache,
  type NewFormFile,
  type ResolvedFiles,
  resolveFileReferences,
  type StoredFormFile,
} from './form-files/index.js';
export { type FormModulesOptions, formModules } from './forms/form-modules.js';
export {
  consumedBody,
  type ExpressLikeRequest,
  type ExpressLikeResponse,
  type ExpressNext,
  type FetchHandler,
  gatehouseExpress,
  gatehouseExpressSession,
} from './host/express.js';
export { type FastifyLikeInstance, gatehouseFastify } from './host/fastify.js';
export { type GatehouseSessionVariables, gatehouseSession, type SessionSource } from './host/hono.js';
export {
  type GatehouseSession,
  type MfaMethod,
  type RequestLike,
  readHostSession,
} from './host/host-session.js';
export { DEFAULT_BODY_LIMIT } from './http/body.js';
export { DEFAULT_POLICIES, type ServerPolicies } from './http/context.js';
export { chooseLocale, LOCALE_COOKIE, type MailLocale } from './http/locale.js';
export type { PartnerHardware } from './http/routes/portal.routes.js';
export { securityHeaders } from './http/security-headers.js';
export {
  createOutboxMessenger,
  createSmtpMessenger,
  type Messenger,
  type OutgoingMessage,
  type SmtpOptions,
} from './mail/messenger.js';
export {
  createDnsMailDomainResolver,
  type DnsMailDomainOptions,
  type MailDomainAnswer,
  type MailDomainResolver,
} from './mail-domain/mail-domain-resolver.js';
export type { RegistrationFinding } from './mail-domain/registration-findings.js';
export {
  DEFAULT_PLACE_TIMEOUT_MS,
  type PlaceLookup,
  type PlacesOption,
} from './places/place-lookup.js';
export { createRangeTablePlaceLookup, PLACE_TABLE_COLUMNS, PlaceTableError } from './places/range-table.js';
export type { BreachedPasswordsOption } from './security/breach-guard.js';
export { createRangeBreachedPasswordCheck, type RangeBreachOptions } from './security/breached-passwords.js';
export { type EncryptionKeyOption, resolveSecretBox } from './security/encryption-key.js';
export { createKeyRing, decodeEncryptionKeys } from './security/key-ring.js';
export {
  DEFAULT_SCRYPT,
  hashPassword,
  type ScryptParameters,
  verifyPassword,
} from './security/password-hash.js';
export { type ResealReport, resealSecrets } from './security/reseal.js';
export type { SecretBox } from './security/secret-box.js';
export type { Database, Queryable } from './storage/database.js';
export { type Migration, migrate, migrations } from './storage/migrations.js';
export { type DatabaseLocation, openDatabase } from './storage/open-database.js';
export { createPgliteDatabase, type PgliteDatabaseOptions } from './storage/pglite.js';
export { createPostgresDatabase, type PostgresDatabaseOptions } from './storage/postgres.js';
