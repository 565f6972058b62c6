import { Algorithm, hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';

// OWASP's argon2id baseline: 19 MiB, two passes, one lane.
const argonOptions = { algorithm: 2 satisfies Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

const strength = new ZxcvbnFactory({ dictionary: common.dictionary, graphs: common.adjacencyGraphs });

export const hashPassword = (password: string) => hash(password, argonOptions);

// Verifying against a real hash when the login is unknown keeps the answer time the same.
const decoy = hashPassword('decoy-password-never-used');

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) {
    await verify(await decoy, password).catch(() => false);
    return false;
  }
  return verify(passwordHash, password).catch(() => false);
}

/** Why a new password is refused, in Russian; null when it is acceptable. */
export function passwordProblem(password: string, personal: string[] = []): string | null {
  if (password.length < 8) return 'Пароль должен быть не короче 8 символов.';
  if (password.length > 256) return 'Пароль должен быть не длиннее 256 символов.';
  const result = strength.check(password, personal.filter(Boolean));
  const isCommon = result.sequence.some(
    (match) => match.pattern === 'dictionary' && match.dictionaryName === 'passwords' && match.token.length >= password.length - 2,
  );
  if (isCommon || result.score < 2) return 'Пароль слишком простой или широко распространён: добавьте слов, цифр или знаков.';
  return null;
}
