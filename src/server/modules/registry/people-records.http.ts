import { createRoute } from '@hono/zod-openapi';
import {
  activeMembershipInput,
  activeMembershipPatch,
  attestationInput,
  employmentInput,
  employmentPatch,
} from '../../../shared/registry.js';
import type { Context } from 'hono';
import { authorize } from '../../auth/scope.js';
import { router, type AppEnv } from '../../http/context.js';
import { today } from '../../http/today.js';
import * as s from './people-records.service.js';
import { attestationParams, body, created, employmentParams, idParams, json, membershipParams, noContent } from '../../http/openapi.js';

const tags = ['Работники'];

/** The writer's scope on the region's today: a card changes only where the person works now. */
export const writeScope = (c: Context<AppEnv>): s.WriteScope => ({
  scope: authorize(c.get('principal'), 'people.write'),
  today: today(c.get('deps').config.timeZone),
});

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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const id = await s.addEmployment(c.get('deps').database.db, principal!, scope, c.req.valid('param').id, c.req.valid('json'));
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const { id, employmentId } = c.req.valid('param');
      await s.patchEmployment(c.get('deps').database.db, principal!, scope, id, employmentId, c.req.valid('json'));
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const { id, employmentId } = c.req.valid('param');
      await s.removeEmployment(c.get('deps').database.db, principal!, scope, id, employmentId);
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const id = await s.addAttestation(c.get('deps').database.db, principal!, scope, c.req.valid('param').id, c.req.valid('json'));
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const { id, attestationId } = c.req.valid('param');
      await s.removeAttestation(c.get('deps').database.db, principal!, scope, id, attestationId);
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const id = await s.addMembership(c.get('deps').database.db, principal!, scope, c.req.valid('param').id, c.req.valid('json'));
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const { id, membershipId } = c.req.valid('param');
      await s.patchMembership(c.get('deps').database.db, principal!, scope, id, membershipId, c.req.valid('json'));
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
      const principal = c.get('principal');
      const scope = writeScope(c);
      const { id, membershipId } = c.req.valid('param');
      await s.removeMembership(c.get('deps').database.db, principal!, scope, id, membershipId);
      return c.body(null, 204);
    },
  );
