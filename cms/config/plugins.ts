import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env';

// The committed SDL the web's typed documents are generated from (see shared/README.md).
const defaultSchemaFile = path.resolve(__dirname, '..', '..', '..', 'shared', 'graphql', 'schema.graphql');

const config = ({ env }: Core.Config.Shared.ConfigParams) => {
  const production = env('NODE_ENV') === 'production';
  return {
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        depthLimit: 8,
        defaultLimit: 25,
        maxLimit: 100,
        landingPage: !production && env.bool('GRAPHQL_LANDING_PAGE', false),
        apolloServer: { introspection: !production },
        // The SDL is written only when asked for (`npm run schema -w cms`), never at an ordinary start.
        generateArtifacts: env.bool('GRAPHQL_WRITE_SCHEMA', false),
        artifacts: { schema: path.resolve(env('GRAPHQL_SCHEMA_FILE', defaultSchemaFile)), typegen: false },
      },
    },
    'users-permissions': {
      config: {
        jwtSecret: requiredSecret('JWT_SECRET'),
        register: { allowedFields: [] },
      },
    },
  };
};

export default config;
