import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the committed SDL that Strapi writes (`npm run schema -w cms`), never from a live URL.
const config: CodegenConfig = {
  schema: 'graphql/schema.graphql',
  documents: ['graphql/documents/**/*.graphql'],
  ignoreNoDocuments: false,
  generates: {
    // CODEGEN_OUT lets the drift test generate into a temporary folder and compare.
    [process.env.CODEGEN_OUT ?? 'src/graphql/generated/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: false,
        scalars: { JSON: 'unknown', DateTime: 'string', Date: 'string', Time: 'string', I18NLocaleCode: 'string', Long: 'number', Upload: 'never' },
      },
    },
  },
};

export default config;
