// The analytics module still imports from here (it is changed on another branch): the engine is src/api/engine/.
export * from '../../engine/mapping.js';
