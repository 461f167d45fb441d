// The analytics module names these generated types (src/api/engine/entity-types.ts) from here.
import { named, type GraphObject } from '../../engine/entity-types.js';

export const Project = named('Project');
export type Project = GraphObject;
export const ProjectParticipation = named('ProjectParticipation');
export type ProjectParticipation = GraphObject;
