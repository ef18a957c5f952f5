import { visible } from '../../data/visibility.ts'

/**
 * The entities derived labels name, as the viewer may see them: one statement for a whole
 * response's labels (a per-request loader), never a walk per event.
 */
export const LABEL_ENTITIES = `MATCH (n:Entity) WHERE n.id IN $ids AND ${visible('n')} RETURN n`
