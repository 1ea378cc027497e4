/**
 * What is looked for in every text uclint reads, whatever its format: a format does not need to
 * know about it. Formats whose input is bytes report what their files hold themselves.
 */
import type { ModelNodes } from '../../model/nodes.js';
import { privateKeysInText } from './private-keys.js';

/** Nodes found in a file's text by a scan that does not parse it. */
export type TextScanner = (text: string, file: string) => Partial<ModelNodes>;

export const TEXT_SCANNERS: readonly TextScanner[] = [
  // `x509/private-key-committed`: an OpenVPN config's inline `<key>`, a key pasted into a manifest or a zone.
  (text, file) => ({ privateKeys: privateKeysInText(text, file) }),
];
