import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignableRoles, can, mayAssign, PERMISSIONS, permissionsOf, ROLE_IDS, ROLES } from './index.js';

describe('role model', () => {
  it('names the six roles of the portal, each once', () => {
    expect(ROLES.map((r) => r.id)).toEqual([...ROLE_IDS]);
    expect(ROLES.map((r) => r.label)).toEqual([
      'Super Admin',
      'Support cases',
      'RMA requests',
      'User management',
      'Reviewer',
      'Form editor',
    ]);
  });

  it('a support-cases user may open cases but not submit an RMA or manage users', () => {
    expect(can(['support-cases'], 'support-cases')).toBe(true);
    expect(can(['support-cases'], 'rma')).toBe(false);
    expect(can(['support-cases'], 'users')).toBe(false);
    expect(can(['support-cases'], 'approvals')).toBe(false);
  });

  it('the Super Admin has every company permission, the reviewer only approvals', () => {
    expect(permissionsOf(['super-admin'])).toEqual(['support-cases', 'rma', 'users']);
    expect(permissionsOf(['reviewer'])).toEqual(['approvals']);
    expect(permissionsOf(['form-editor'])).toEqual(['forms']);
    expect(permissionsOf(['root', 'admin', ''])).toEqual([]);
  });

  it('permissions of several roles are the union of each role’s', () => {
    fc.assert(
      fc.property(fc.subarray([...ROLE_IDS, 'unknown']), (roles) => {
        for (const p of PERMISSIONS) {
          expect(can(roles, p)).toBe(roles.some((r) => can([r], p)));
          expect(permissionsOf(roles).includes(p)).toBe(can(roles, p));
        }
      }),
    );
  });

  it('only a Super Admin hands out Super Admin; nobody in a company hands out Reviewer', () => {
    expect(assignableRoles().map((r) => r.id)).toEqual([
      'super-admin',
      'support-cases',
      'rma',
      'user-management',
    ]);
    expect(mayAssign(['user-management'], 'rma')).toBe(true);
    expect(mayAssign(['user-management'], 'super-admin')).toBe(false);
    expect(mayAssign(['super-admin'], 'super-admin')).toBe(true);
    expect(mayAssign(['super-admin'], 'reviewer')).toBe(false);
    expect(mayAssign(['super-admin'], 'form-editor')).toBe(false);
    expect(mayAssign(['support-cases'], 'support-cases')).toBe(false);
    expect(mayAssign(['super-admin'], 'root')).toBe(false);
  });
});
