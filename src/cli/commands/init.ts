import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fill, words } from '../../output/locale/index.js';
import { initTemplate } from '../../output/init-template.js';
import type { Io } from '../io.js';
import { commonOptions, openContext, type CommonOptions } from '../context.js';
import { asOfDate } from '../settings.js';
import type { CommandModule } from './index.js';

/**
 * `poort init [file]`: a commented template case. Without a file it goes to stdout; a file is
 * created, never overwritten (opened with O_EXCL, so not even a file that appears meanwhile).
 */
export function init(file: string | undefined, opts: InitOptions, io: Io): number {
  const context = openContext(opts, io);
  if (typeof context === 'number') return context;
  const { lang } = context;
  const template = initTemplate(lang, asOfDate(opts.asOf, lang));
  if (file === undefined) {
    io.stdout.write(template);
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, file), template, { flag: 'wx' });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const message = err.code === 'EEXIST'
      ? fill(words(lang).command.fileExists, { file })
      : fill(words(lang).command.cannotWrite, { file, reason: err.code ?? err.message });
    io.stderr.write(`poort: ${message}\n`);
    return 2;
  }
  io.stdout.write(`${fill(words(lang).command.written, { file })}\n`);
  return 0;
}

interface InitOptions extends CommonOptions {
  asOf?: string;
}

export const initCommand: CommandModule = (program, io, lang, done) => {
  const command = program.command('init').description(words(lang).command.init).argument('[file]', words(lang).command.initFile);
  commonOptions(command, lang)
    .option('--as-of <date>', words(lang).command.initAsOf)
    .action((file: string | undefined, opts: InitOptions) => done(init(file, opts, io)));
};
