import type { GroupsFile } from '@dtr/data';
import type { Edition } from './edition';

/** The edition's entity groups (entities/groups.json, written by the ETL); an edition built without them fails here. */
export function entityGroups(edition: Edition): GroupsFile {
  const groups = edition.entities.groups;
  if (!groups)
    throw new Error(
      `editions/${edition.year}/entities/groups.json: expected the entity groups (pnpm edition build ${edition.year}), got no such file`
    );
  return groups;
}
