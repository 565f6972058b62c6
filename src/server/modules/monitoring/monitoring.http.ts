import { router } from '../../http/context.js';
import { drilldownRoutes } from './drilldown.http.js';
import { indicatorsRoutes } from './indicators.http.js';
import { qualityRoutes } from './quality.http.js';
import { scopesRoutes } from './scopes.http.js';

/** The monitoring module's routes: indicators, their drill-down and breakdown, data quality, territories to choose. */
export const monitoringRoutes = router()
  .route('/', indicatorsRoutes)
  .route('/', drilldownRoutes)
  .route('/', qualityRoutes)
  .route('/', scopesRoutes);
