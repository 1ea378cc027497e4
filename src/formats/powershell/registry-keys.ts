/**
 * Words of the registry keys whose values uclint's rules judge, lower case: Communicator's and
 * Lync's policy and preference keys (`...\Communicator`, `...\Office\15.0\Lync`), Windows
 * Messenger's policy key, and the LSA keys of NTLM's settings (`...\Control\Lsa`). A script's
 * problems with other keys' values (a value it cannot know, data its writer refuses) are not
 * uclint's to report; the values themselves are read all the same.
 */
export const JUDGED_REGISTRY_WORDS: readonly string[] = ['\\communicator', '\\lync', '\\messenger\\', '\\control\\lsa'];

/** True when the text (a key path, or the expression that makes one) names a key whose values rules judge. */
export function namesJudgedKey(text: string): boolean {
  const lower = text.toLowerCase();
  return JUDGED_REGISTRY_WORDS.some((word) => lower.includes(word));
}
