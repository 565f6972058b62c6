import { router } from '../../http/context.js';

export const usersRoutes = router();
