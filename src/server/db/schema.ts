// Every table of the system, for drizzle-kit and for typed queries.
export * from '../auth/auth.tables.js';
export * from '../modules/audit/audit.tables.js';
export * from '../modules/communities/communities.tables.js';
export * from '../modules/consultations/consultations.tables.js';
export * from '../modules/development/development.tables.js';
export * from '../modules/diagnostics/diagnostics.tables.js';
export * from '../modules/events/events.tables.js';
export * from '../modules/mentoring/mentoring.tables.js';
export * from '../modules/reports/reports.tables.js';
export * from '../modules/practices/practices.tables.js';
export * from '../modules/registry/registry.tables.js';
export * from '../modules/roster/positions.tables.js';
export * from '../modules/routes/routes.tables.js';
export * from './enums.js';
