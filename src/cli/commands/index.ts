import type { Command } from 'commander';
import type { Lang } from '../../domain/lang.js';
import type { Io } from '../io.js';
import { agendaCommand } from './agenda.js';
import { checkCommand } from './check.js';
import { deadlinesCommand } from './deadlines.js';
import { initCommand } from './init.js';
import { explainCommand, rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';

/**
 * One module per command: it adds itself to the program and reports its exit code through
 * `done`. Help texts come in the user's language.
 */
export type CommandModule = (program: Command, io: Io, lang: Lang, done: (exitCode: number) => void) => void;

export const COMMANDS: readonly CommandModule[] = [checkCommand, agendaCommand, deadlinesCommand, rulesCommand, explainCommand, schemaCommand, initCommand];
