/** Every operation the double implements, keyed by GitHub's operationId. */
import type { Handler } from './context.js';
import { deploymentRoutes } from './deployments.js';
import { gitRefRoutes } from './git-refs.js';
import { issueRoutes } from './issues.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoRoutes } from './repos.js';

export const handlers = new Map<string, Handler>(
  Object.entries({
    ...repoRoutes,
    ...issueRoutes,
    ...pullRoutes,
    ...gitRefRoutes,
    ...deploymentRoutes,
    ...releaseRoutes,
  }),
);
