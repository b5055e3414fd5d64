/** Every command the CLI has, in the order help lists them. */
import type { Command } from '../command.js';
import { auditShowCommand, auditVerifyCommand } from './audit.js';
import { initCommand } from './init.js';
import { rekeyCommand } from './rekey.js';
import { secretBackupCommand, secretDeleteCommand, secretPurgeCommand, secretRecoverCommand, secretRestoreCommand } from './secret-lifecycle.js';
import { secretDeletedCommand, secretGetCommand, secretListCommand, secretVersionsCommand } from './secret-read.js';
import { secretSetCommand, secretUpdateCommand } from './secret-write.js';

export const COMMANDS: readonly Command[] = [
  initCommand,
  secretSetCommand,
  secretGetCommand,
  secretListCommand,
  secretVersionsCommand,
  secretUpdateCommand,
  secretDeleteCommand,
  secretRecoverCommand,
  secretPurgeCommand,
  secretDeletedCommand,
  secretBackupCommand,
  secretRestoreCommand,
  auditShowCommand,
  auditVerifyCommand,
  rekeyCommand,
];

/** Words that take a subcommand: `coffer secret …`, `coffer audit …`. */
export const GROUPS: readonly string[] = ['secret', 'audit'];
