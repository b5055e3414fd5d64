/** Every command the CLI has, in the order help lists them. */
import type { Command } from '../command.js';
import { auditShowCommand, auditVerifyCommand } from './audit.js';
import { certificateGetCommand } from './certificate-get.js';
import {
  certificateIssuerCreateCommand, certificateIssuerDeleteCommand, certificateIssuerGetCommand, certificateIssuerListCommand, certificateIssuerUpdateCommand,
} from './certificate-issuer.js';
import {
  certificateBackupCommand, certificateDeleteCommand, certificatePurgeCommand, certificateRecoverCommand, certificateRestoreCommand,
} from './certificate-lifecycle.js';
import { certificateMergeCommand, certificatePendingCommand } from './certificate-pending.js';
import {
  certificateContactsDeleteCommand, certificateContactsGetCommand, certificateContactsSetCommand, certificatePolicyGetCommand, certificatePolicySetCommand,
} from './certificate-policy.js';
import { certificateDeletedCommand, certificateListCommand, certificateVersionsCommand } from './certificate-read.js';
import {
  certificateCreateCommand, certificateImportCommand, certificateRenewCommand, certificateRenewIfDueCommand, certificateUpdateCommand,
} from './certificate-write.js';
import { initCommand } from './init.js';
import { keyDecryptCommand, keyEncryptCommand, keyRandomCommand, keyUnwrapCommand, keyWrapCommand } from './key-cipher.js';
import { keyBackupCommand, keyDeleteCommand, keyPurgeCommand, keyRecoverCommand, keyRestoreCommand } from './key-lifecycle.js';
import { keyDeletedCommand, keyGetCommand, keyListCommand, keyVersionsCommand } from './key-read.js';
import { keyRotateCommand, keyRotateIfDueCommand, keyRotationPolicyCommand } from './key-rotation.js';
import { keySignCommand, keyVerifyCommand } from './key-sign.js';
import { keyCreateCommand, keyImportCommand, keyUpdateCommand } from './key-write.js';
import { rekeyCommand } from './rekey.js';
import { serveCommand } from './serve.js';
import { roleAssignCommand, roleListCommand, roleRemoveCommand } from './role.js';
import { tokenCreateCommand, tokenRevokeCommand } from './token.js';
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
  keyCreateCommand,
  keyImportCommand,
  keyGetCommand,
  keyListCommand,
  keyVersionsCommand,
  keyUpdateCommand,
  keyDeleteCommand,
  keyRecoverCommand,
  keyPurgeCommand,
  keyDeletedCommand,
  keyBackupCommand,
  keyRestoreCommand,
  keyRotateCommand,
  keyRotationPolicyCommand,
  keyRotateIfDueCommand,
  keySignCommand,
  keyVerifyCommand,
  keyEncryptCommand,
  keyDecryptCommand,
  keyWrapCommand,
  keyUnwrapCommand,
  keyRandomCommand,
  certificateCreateCommand,
  certificateImportCommand,
  certificateGetCommand,
  certificateListCommand,
  certificateVersionsCommand,
  certificateUpdateCommand,
  certificatePendingCommand,
  certificateMergeCommand,
  certificateRenewCommand,
  certificateRenewIfDueCommand,
  certificateDeleteCommand,
  certificateRecoverCommand,
  certificatePurgeCommand,
  certificateDeletedCommand,
  certificateBackupCommand,
  certificateRestoreCommand,
  certificatePolicyGetCommand,
  certificatePolicySetCommand,
  certificateIssuerCreateCommand,
  certificateIssuerGetCommand,
  certificateIssuerListCommand,
  certificateIssuerUpdateCommand,
  certificateIssuerDeleteCommand,
  certificateContactsGetCommand,
  certificateContactsSetCommand,
  certificateContactsDeleteCommand,
  auditShowCommand,
  auditVerifyCommand,
  rekeyCommand,
  serveCommand,
  roleAssignCommand,
  roleListCommand,
  roleRemoveCommand,
  tokenCreateCommand,
  tokenRevokeCommand,
];

/**
 * Words that take a subcommand: `coffer secret …`, `coffer key …`, `coffer certificate …`,
 * `coffer audit …`, `coffer role …`, `coffer token …`; and the groups inside a group,
 * `coffer certificate issuer|policy|contacts …`.
 */
export const GROUPS: readonly string[] = [
  'secret', 'key', 'certificate', 'audit', 'role', 'token', 'certificate issuer', 'certificate policy', 'certificate contacts',
];
