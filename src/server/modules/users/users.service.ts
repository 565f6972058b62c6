import { eq } from 'drizzle-orm';
import type { RoleGrant, Principal } from '../../auth/principal.js';
import { AppError, notFound } from '../../../shared/errors.js';
import { roleScopeKind, type Role } from '../../../shared/enums.js';
import type { UserCreateInput, UserUpdateInput } from '../../../shared/users.js';
import { userRoles, users } from '../../auth/auth.tables.js';
import { hashPassword, passwordProblem } from '../../auth/passwords.js';
import type { Scope } from '../../auth/scope.js';
import { destroyUserSessions } from '../../auth/sessions.queries.js';
import type { Db, Executor } from '../../db/client.js';
import { audit, diff } from '../audit/audit.service.js';
import { findUser, grantTargetVisible, updateUserRow, userMunicipalities } from './users.queries.js';

/** Roles a municipal head may hand out inside their municipality; the region admin may hand out any. */
const municipalGrantable: readonly Role[] = ['municipal_methodist', 'school_admin', 'tutor', 'expert', 'teacher'];

async function checkGrants(db: Executor, scope: Scope, grants: RoleGrant[], personId: number | null): Promise<void> {
  for (const [index, grant] of grants.entries()) {
    const path = `grants[${index}]`;
    const kind = roleScopeKind[grant.role];
    if (!scope.region && !municipalGrantable.includes(grant.role)) {
      throw new AppError('forbidden', `Роль «${grant.role}» может назначить только администратор региона.`, [
        { path: `${path}.role`, message: 'Недостаточно прав для этой роли' },
      ]);
    }
    const wrongShape =
      (kind === 'municipality' && (grant.municipalityId === null || grant.organizationId !== null)) ||
      (kind === 'organization' && (grant.organizationId === null || grant.municipalityId !== null)) ||
      ((kind === 'region' || kind === 'person') && (grant.municipalityId !== null || grant.organizationId !== null));
    if (wrongShape) {
      const need = {
        region: 'без территории',
        municipality: 'с муниципалитетом',
        organization: 'с организацией',
        person: 'без территории (по своей карточке)',
      }[kind];
      throw new AppError('validation', `Эта роль назначается ${need}.`, [{ path, message: `Роль назначается ${need}` }]);
    }
    if (kind === 'person' && personId === null) {
      throw new AppError('validation', 'Для ролей «Педагог» и «Эксперт» укажите карточку работника.', [
        { path: 'personId', message: 'Укажите работника' },
      ]);
    }
    if (grant.municipalityId !== null) {
      if (!(await grantTargetVisible(db, scope, 'municipality', grant.municipalityId))) throw notFound('municipality');
    }
    if (grant.organizationId !== null) {
      if (!(await grantTargetVisible(db, scope, 'organization', grant.organizationId))) throw notFound('organization');
    }
  }
  if (personId !== null) {
    if (!(await grantTargetVisible(db, scope, 'person', personId))) throw notFound('person');
  }
}

function checkPassword(password: string, login: string, displayName: string) {
  const problem = passwordProblem(password, [login, displayName]);
  if (problem) throw new AppError('validation', problem, [{ path: 'password', message: problem }]);
}

export async function createUser(db: Db, actor: Principal, scope: Scope, input: UserCreateInput): Promise<number> {
  const login = input.login.toLowerCase();
  checkPassword(input.password, login, input.displayName);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    await checkGrants(tx, scope, input.grants, input.personId);
    const taken = await tx.select({ id: users.id }).from(users).where(eq(users.login, login));
    if (taken.length) throw new AppError('conflict', `Логин «${login}» уже занят.`, [{ path: 'login', message: 'Логин уже занят' }]);
    const [user] = await tx
      .insert(users)
      .values({ login, displayName: input.displayName, passwordHash, personId: input.personId, active: input.active })
      .returning();
    await tx.insert(userRoles).values(input.grants.map((g) => ({ userId: user!.id, ...g })));
    await audit(tx, actor, {
      action: 'create',
      entity: 'user',
      entityId: user!.id,
      entityLabel: login,
      municipalityIds: await userMunicipalities(tx, user!.id),
      changes: diff(null, { login, displayName: input.displayName, personId: input.personId, active: input.active, grants: input.grants }),
    });
    return user!.id;
  });
}

export async function updateUser(db: Db, actor: Principal, scope: Scope, id: number, input: UserUpdateInput): Promise<void> {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  await db.transaction(async (tx) => {
    if (!(await findUser(tx, scope, id))) throw notFound('user');
    const [before] = await tx.select().from(users).where(eq(users.id, id));
    if (!before) throw notFound('user');
    if (input.password) checkPassword(input.password, before.login, input.displayName ?? before.displayName);
    const beforeGrants = await tx
      .select({ role: userRoles.role, municipalityId: userRoles.municipalityId, organizationId: userRoles.organizationId })
      .from(userRoles)
      .where(eq(userRoles.userId, id));
    const personId = input.personId === undefined ? before.personId : input.personId;
    const grants = input.grants ?? beforeGrants;
    await checkGrants(tx, scope, grants, personId);
    if (id === actor.userId && input.active === false) throw new AppError('validation', 'Нельзя заблокировать собственную учётную запись.');
    await updateUserRow(
      tx,
      id,
      { displayName: input.displayName ?? before.displayName, personId, active: input.active ?? before.active },
      passwordHash,
    );
    if (input.grants) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values(input.grants.map((g) => ({ userId: id, ...g })));
    }
    // A reset password or a blocked account ends the user's sessions at once.
    if (passwordHash || input.active === false || input.grants) await destroyUserSessions(tx, id);
    const changes = diff(
      { displayName: before.displayName, personId: before.personId, active: before.active, grants: beforeGrants },
      { displayName: input.displayName ?? before.displayName, personId, active: input.active ?? before.active, grants },
    );
    if (passwordHash) changes.password = { from: '***', to: '***' };
    await audit(tx, actor, {
      action: 'update',
      entity: 'user',
      entityId: id,
      entityLabel: before.login,
      municipalityIds: await userMunicipalities(tx, id),
      changes,
    });
  });
}
