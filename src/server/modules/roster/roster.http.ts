import { router } from '../../http/context.js';

export const rosterRoutes = router();
