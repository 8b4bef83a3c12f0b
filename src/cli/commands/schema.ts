import { words } from '../../output/locale/index.js';
import type { CommandModule } from './index.js';

/** `poort schema`: the case file's JSON Schema on stdout (also shipped as schema/poort-case.schema.json). */
export const schemaCommand: CommandModule = (program, io, lang, done) => {
  program
    .command('schema')
    .description(words(lang).command.schema)
    .action(async () => {
      const { caseJsonSchemaText } = await import('../../output/case-json-schema.js');
      io.stdout.write(caseJsonSchemaText());
      done(0);
    });
};
