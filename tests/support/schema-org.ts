// Checks JSON-LD against schema.org's vocabulary as schema-dts types it (every type, property and
// enumeration member of schema.org): each block must be assignable to `WithContext<Thing>`, so an
// unknown @type, a property its type does not have, or a value of the wrong kind is an error. The
// TypeScript compiler does the checking; nothing here knows schema.org by hand.
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const schemaDts = path.dirname(require.resolve('schema-dts/package.json'));
const options: ts.CompilerOptions = { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, types: [], skipLibCheck: true };

/** The compiler's messages for the blocks (empty: every block is valid schema.org). */
export function schemaOrgErrors(blocks: readonly unknown[]): string[] {
  const fileName = path.join(schemaDts, '..', '__json-ld-check__.ts');
  const source = [
    "import type { Thing, WithContext } from 'schema-dts';",
    ...blocks.map((block, index) => `export const block${index}: WithContext<Thing> = ${JSON.stringify(block, null, 1)};`),
  ].join('\n');
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language) => (name === fileName ? ts.createSourceFile(name, source, language) : getSourceFile(name, language));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === fileName || fileExists(name);
  const program = ts.createProgram([fileName], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n').split('\n').slice(0, 3).join(' / '));
}
