import { router } from '../../http/context.js';
import { municipalityRoutes } from './municipalities.http.js';
import { organizationRoutes } from './organizations.http.js';
import { peopleRecordRoutes } from './people-records.http.js';
import { peopleRoutes } from './people.http.js';

export const registryRoutes = router()
  .route('/', municipalityRoutes)
  .route('/', organizationRoutes)
  .route('/', peopleRoutes)
  .route('/', peopleRecordRoutes);
