import path from 'node:path';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Core } from '@strapi/strapi';
import { requiredSecret } from '../src/env';
import { GRAPHQL_LIMITS, costLimitPlugin, graphqlValidationRules, inputLimitPlugin, internalErrorPlugin } from '../src/graphql/limits';
import { uploadPluginConfig } from '../src/uploads/config';

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
        defaultLimit: GRAPHQL_LIMITS.defaultListSize,
        maxLimit: GRAPHQL_LIMITS.maxListSize,
        // No landing page at all (`false` would still serve Apollo's production page, which loads
        // scripts from Apollo's CDN). GRAPHQL_LANDING_PAGE=true shows the sandbox in development only.
        landingPage: !production && env.bool('GRAPHQL_LANDING_PAGE', false) ? true : () => ApolloServerPluginLandingPageDisabled(),
        apolloServer: {
          introspection: !production,
          // Aliases, directives (src/graphql/limits.ts); appended to Strapi's depth limit.
          validationRules: graphqlValidationRules(),
          parseOptions: { maxTokens: GRAPHQL_LIMITS.tokens },
          // Cost (list sizes included) and filters (depth and number of values, inline and in
          // variables), once the variables are known; internal errors without their database message.
          plugins: [inputLimitPlugin(), costLimitPlugin(), internalErrorPlugin()],
          bodyParserConfig: { enableTypes: ['json'], jsonLimit: GRAPHQL_LIMITS.bodyBytes },
          // No stack traces (with the server's absolute paths) in answers, in any environment.
          includeStacktraceInErrorResponses: false,
          // strapi::cors (config/middlewares.ts) answers for /graphql as for every route; Apollo's
          // own would add `Access-Control-Allow-Origin: *`.
          cors: false,
        },
        // The SDL is written only when asked for (`npm run schema -w cms`), never at an ordinary start.
        generateArtifacts: env.bool('GRAPHQL_WRITE_SCHEMA', false),
        artifacts: { schema: path.resolve(env('GRAPHQL_SCHEMA_FILE', defaultSchemaFile)), typegen: false },
      },
    },
    // Mail over SMTP with nodemailer when SMTP_HOST is set; without it (development) the project's
    // mail helper logs each mail instead of sending it (src/mail/send.ts), and nodemailer's JSON
    // transport stands in so nothing tries a local sendmail.
    email: {
      config: env('SMTP_HOST')
        ? {
            provider: 'nodemailer',
            providerOptions: {
              host: env('SMTP_HOST'),
              port: env.int('SMTP_PORT', 587),
              secure: env.bool('SMTP_SECURE', env.int('SMTP_PORT', 587) === 465),
              ...(env('SMTP_USER') ? { auth: { user: env('SMTP_USER'), pass: env('SMTP_PASS', '') } } : {}),
              pool: true,
              maxConnections: 3,
            },
            settings: {
              defaultFrom: env('SMTP_FROM', 'Stödportalen <no-reply@localhost>'),
              defaultReplyTo: env('SMTP_REPLY_TO', env('SMTP_FROM', 'Stödportalen <no-reply@localhost>')),
            },
          }
        : { provider: 'nodemailer', providerOptions: { jsonTransport: true } },
    },
    // Local files by default; UPLOAD_PROVIDER=s3 (S3_BUCKET, S3_REGION, S3_ENDPOINT, S3_ACCESS_KEY_ID,
    // S3_SECRET_ACCESS_KEY) for several CMS instances (src/uploads/config.ts).
    upload: { config: uploadPluginConfig(process.env) },
    'users-permissions': {
      config: {
        jwtSecret: requiredSecret('JWT_SECRET'),
        register: { allowedFields: [] },
      },
    },
  };
};

export default config;
