import type { Route } from '../http/route';
import { changelogRoutes } from './changelog-routes';
import { commentRoutes } from './comment-routes';
import { groupRoutes } from './group-routes';
import { issueRoutes } from './issue-routes';
import { linkRoutes } from './link-routes';
import { metadataRoutes } from './metadata-routes';
import { projectRoleRoutes } from './project-role-routes';
import { propertyRoutes } from './property-routes';
import { searchRoutes } from './search-routes';
import { servicedeskRoutes } from './servicedesk-routes';
import { transitionRoutes } from './transition-routes';
import { userRoutes } from './user-routes';

/** Every Jira Cloud and JSM REST resource the emulator answers. */
export const ALL_ROUTES: readonly Route[] = [
  ...searchRoutes,
  ...issueRoutes,
  ...transitionRoutes,
  ...commentRoutes,
  ...propertyRoutes,
  ...linkRoutes,
  ...changelogRoutes,
  ...metadataRoutes,
  ...userRoutes,
  ...groupRoutes,
  ...projectRoleRoutes,
  ...servicedeskRoutes,
];
