import type { RouteObject } from 'react-router';

// Each page loads when first opened (docs/ARCHITECTURE.md, «Маршруты веб-интерфейса»).
export const registryRoutes: RouteObject[] = [
  { path: 'registry/municipalities', lazy: { Component: async () => (await import('./municipalities-page.js')).MunicipalitiesPage } },
  { path: 'registry/organizations', lazy: { Component: async () => (await import('./organizations-page.js')).OrganizationsPage } },
  {
    path: 'registry/organizations/new',
    lazy: { Component: async () => (await import('./organization-form-page.js')).OrganizationNewPage },
  },
  { path: 'registry/organizations/:id', lazy: { Component: async () => (await import('./organization-page.js')).OrganizationPage } },
  {
    path: 'registry/organizations/:id/edit',
    lazy: { Component: async () => (await import('./organization-form-page.js')).OrganizationEditPage },
  },
  { path: 'registry/people', lazy: { Component: async () => (await import('./people-page.js')).PeoplePage } },
  { path: 'registry/people/new', lazy: { Component: async () => (await import('./person-form-page.js')).PersonNewPage } },
  { path: 'registry/people/:id', lazy: { Component: async () => (await import('./person-page.js')).PersonPage } },
  { path: 'registry/people/:id/edit', lazy: { Component: async () => (await import('./person-form-page.js')).PersonEditPage } },
];
