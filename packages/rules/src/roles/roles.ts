/**
 * The portal's role model, defined once: which roles exist, what each one permits, and who may hand out which
 * role. The server enforces it on every endpoint and the portal shows only what a user's roles allow, both from
 * this file, so the two can never disagree.
 */

/** The roles, in the order a person reads them. Unknown strings in an account's role list grant nothing. */
export const ROLE_IDS = [
  'super-admin',
  'support-cases',
  'rma',
  'user-management',
  'reviewer',
  'form-editor',
] as const;

/** One role of {@link ROLE_IDS}. */
export type RoleId = (typeof ROLE_IDS)[number];

/** What a role lets a user do; every guarded endpoint names exactly one. */
export const PERMISSIONS = ['support-cases', 'rma', 'users', 'approvals', 'forms'] as const;

/** One permission of {@link PERMISSIONS}. */
export type Permission = (typeof PERMISSIONS)[number];

/** A role as a portal shows it. */
export interface RoleDefinition {
  id: RoleId;
  /** English name (the portal's label; other languages translate by `id`). */
  label: string;
  /** What the role permits. */
  permissions: readonly Permission[];
  /**
   * Whether a company's user administrator may assign it. The reviewer and the form editor belong to the portal
   * operator's staff: no customer can hand them out.
   */
  assignable: boolean;
}

/** The role model. The Super Admin is the registering user of a company: everything of the company. */
export const ROLES: readonly RoleDefinition[] = Object.freeze([
  {
    id: 'super-admin',
    label: 'Super Admin',
    permissions: ['support-cases', 'rma', 'users'],
    assignable: true,
  },
  { id: 'support-cases', label: 'Support cases', permissions: ['support-cases'], assignable: true },
  { id: 'rma', label: 'RMA requests', permissions: ['rma'], assignable: true },
  { id: 'user-management', label: 'User management', permissions: ['users'], assignable: true },
  { id: 'reviewer', label: 'Reviewer', permissions: ['approvals'], assignable: false },
  // Publishing changes the forms every customer fills in: the operator's product team, never a customer.
  { id: 'form-editor', label: 'Form editor', permissions: ['forms'], assignable: false },
]);

const BY_ID = new Map<string, RoleDefinition>(ROLES.map((role) => [role.id, role]));

/** Whether `id` names a role of the model. */
export function isRole(id: string): id is RoleId {
  return BY_ID.has(id);
}

/** Every permission `roles` grant together (unknown role strings grant nothing), in {@link PERMISSIONS} order. */
export function permissionsOf(roles: readonly string[]): Permission[] {
  const granted = new Set(roles.flatMap((id) => BY_ID.get(id)?.permissions ?? []));
  return PERMISSIONS.filter((p) => granted.has(p));
}

/** Whether a user with `roles` may do what `permission` guards. */
export function can(roles: readonly string[], permission: Permission): boolean {
  return roles.some((id) => BY_ID.get(id)?.permissions.includes(permission) ?? false);
}

/** The roles a user administrator assigns in the company's user management. */
export function assignableRoles(): RoleDefinition[] {
  return ROLES.filter((role) => role.assignable);
}

/**
 * Whether a user with `actorRoles` may give or take `role`: only assignable roles, only with the `users`
 * permission, and Super Admin only by a Super Admin (else a user administrator could promote themselves).
 */
export function mayAssign(actorRoles: readonly string[], role: string): boolean {
  const definition = BY_ID.get(role);
  if (!definition?.assignable || !can(actorRoles, 'users')) return false;
  return role !== 'super-admin' || actorRoles.includes('super-admin');
}
