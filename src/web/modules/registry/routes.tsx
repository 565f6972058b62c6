import type { RouteObject } from 'react-router';
import { MunicipalitiesPage } from './municipalities-page.js';
import { OrganizationEditPage, OrganizationNewPage } from './organization-form-page.js';
import { OrganizationPage } from './organization-page.js';
import { OrganizationsPage } from './organizations-page.js';
import { PeoplePage } from './people-page.js';
import { PersonEditPage, PersonNewPage } from './person-form-page.js';
import { PersonPage } from './person-page.js';

export const registryRoutes: RouteObject[] = [
  { path: 'registry/municipalities', element: <MunicipalitiesPage /> },
  { path: 'registry/organizations', element: <OrganizationsPage /> },
  { path: 'registry/organizations/new', element: <OrganizationNewPage /> },
  { path: 'registry/organizations/:id', element: <OrganizationPage /> },
  { path: 'registry/organizations/:id/edit', element: <OrganizationEditPage /> },
  { path: 'registry/people', element: <PeoplePage /> },
  { path: 'registry/people/new', element: <PersonNewPage /> },
  { path: 'registry/people/:id', element: <PersonPage /> },
  { path: 'registry/people/:id/edit', element: <PersonEditPage /> },
];
