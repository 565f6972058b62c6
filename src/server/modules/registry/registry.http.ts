import { router } from '../../http/context.js';

export const registryRoutes = router();
