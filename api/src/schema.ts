import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.ts';
import './modules/shared/scalars.ts';
import './modules/organisations/minister.types.ts';
import './modules/organisations/inspectorate.types.ts';
import './modules/organisations/agency-kind.types.ts';
import './modules/organisations/local-policing-body.types.ts';
import './modules/organisations/agency.types.ts';
import './modules/organisations/agency.queries.ts';

export const schema = lexicographicSortSchema(builder.toSchema());
