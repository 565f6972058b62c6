import { router } from '../../http/context.js';

export const exchangeRoutes = router();
