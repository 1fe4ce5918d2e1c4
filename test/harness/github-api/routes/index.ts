/** Every operation the double implements, keyed by GitHub's operationId. */
import { checkRoutes } from './checks.js';
import { commentRoutes } from './comments.js';
import type { Handler } from './context.js';
import { deploymentRoutes } from './deployments.js';
import { gitRefRoutes } from './git-refs.js';
import { issueRoutes } from './issues.js';
import { labelRoutes } from './labels.js';
import { pullRoutes } from './pulls.js';
import { releaseRoutes } from './releases.js';
import { repoRoutes } from './repos.js';
import { reviewerRoutes } from './reviewers.js';

export const handlers = new Map<string, Handler>(
  Object.entries({
    ...repoRoutes,
    ...issueRoutes,
    ...commentRoutes,
    ...labelRoutes,
    ...pullRoutes,
    ...reviewerRoutes,
    ...gitRefRoutes,
    ...checkRoutes,
    ...deploymentRoutes,
    ...releaseRoutes,
  }),
);
