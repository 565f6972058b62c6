import type { CliCommand } from '../../cli.js';

export const exchangeCommands: Record<string, CliCommand> = {};
