import { createRoute } from '@hono/zod-openapi';
import {
  activeMembershipInput,
  activeMembershipPatch,
  attestationInput,
  employmentInput,
  employmentPatch,
} from '../../../shared/registry.js';
import type { Context } from 'hono';
import type { Principal } from '../../auth/principal.js';
import { guard, type Guarded } from '../../http/guard.js';
import { router, type AppEnv } from '../../http/context.js';
import * as s from './people-records.service.js';
import { attestationParams, body, created, employmentParams, idParams, json, membershipParams, noContent } from '../../http/openapi.js';

const tags = ['Работники'];

/** The writer's guard: the people.write scope on the region's today — a card changes only where the person works now. */
export function writeGuard(c: Context<AppEnv>): { principal: Principal; db: Guarded['db']; write: s.WriteScope } {
  const { principal, scope, db, today } = guard(c, 'people.write');
  return { principal, db, write: { scope, today } };
}

export const peopleRecordRoutes = router()
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/employments',
      tags,
      request: { params: idParams, ...body(employmentInput) },
      responses: json(created, 'Добавлено'),
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const id = await s.addEmployment(db, principal, scope, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}/employments/{employmentId}',
      tags,
      request: { params: employmentParams, ...body(employmentPatch) },
      responses: json(created),
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const { id, employmentId } = c.req.valid('param');
      await s.patchEmployment(db, principal, scope, id, employmentId, c.req.valid('json'));
      return c.json({ id: employmentId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/people/{id}/employments/{employmentId}',
      tags,
      request: { params: employmentParams },
      responses: noContent,
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const { id, employmentId } = c.req.valid('param');
      await s.removeEmployment(db, principal, scope, id, employmentId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/attestations',
      tags,
      request: { params: idParams, ...body(attestationInput) },
      responses: json(created, 'Добавлено'),
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const id = await s.addAttestation(db, principal, scope, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/people/{id}/attestations/{attestationId}',
      tags,
      request: { params: attestationParams },
      responses: noContent,
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const { id, attestationId } = c.req.valid('param');
      await s.removeAttestation(db, principal, scope, id, attestationId);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/active-memberships',
      tags,
      request: { params: idParams, ...body(activeMembershipInput) },
      responses: json(created, 'Добавлено'),
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const id = await s.addMembership(db, principal, scope, c.req.valid('param').id, c.req.valid('json'));
      return c.json({ id }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}/active-memberships/{membershipId}',
      tags,
      request: { params: membershipParams, ...body(activeMembershipPatch) },
      responses: json(created),
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const { id, membershipId } = c.req.valid('param');
      await s.patchMembership(db, principal, scope, id, membershipId, c.req.valid('json'));
      return c.json({ id: membershipId }, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/people/{id}/active-memberships/{membershipId}',
      tags,
      request: { params: membershipParams },
      responses: noContent,
    }),
    async (c) => {
      const { principal, db, write: scope } = writeGuard(c);
      const { id, membershipId } = c.req.valid('param');
      await s.removeMembership(db, principal, scope, id, membershipId);
      return c.body(null, 204);
    },
  );
