/**
 * The role model (super admin, support cases, RMA, user management, reviewer, form editor), its permissions and who may
 * assign which role: one definition for the server's guards and the portal's navigation.
 */
export {
  assignableRoles,
  can,
  isRole,
  mayAssign,
  PERMISSIONS,
  type Permission,
  permissionsOf,
  ROLE_IDS,
  ROLES,
  type RoleDefinition,
  type RoleId,
} from './roles.js';
