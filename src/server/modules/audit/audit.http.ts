import { router } from '../../http/context.js';

export const auditRoutes = router();
