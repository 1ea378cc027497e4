import type { Located } from '../core/types.js';
import { registryKey, type RegistryFile, type RegistryValue } from '../model/registry.js';

/**
 * Where Communicator and Lync clients read their settings, strongest first: Group Policy
 * keys (machine, then user) beat the user's own preferences (DOMAIN 6).
 */
export const CLIENT_POLICY_KEYS = [
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\COMMUNICATOR',
  'HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\COMMUNICATOR',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\15.0\\LYNC',
  'HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\15.0\\LYNC',
  'HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\16.0\\LYNC',
  'HKEY_CURRENT_USER\\SOFTWARE\\POLICIES\\MICROSOFT\\OFFICE\\16.0\\LYNC',
];
export const CLIENT_PREFERENCE_KEYS = [
  'HKEY_CURRENT_USER\\SOFTWARE\\MICROSOFT\\COMMUNICATOR',
  'HKEY_CURRENT_USER\\SOFTWARE\\MICROSOFT\\OFFICE\\15.0\\LYNC',
  'HKEY_CURRENT_USER\\SOFTWARE\\MICROSOFT\\OFFICE\\16.0\\LYNC',
];

/** Windows Messenger 5's policy key for "Allow additional DNS names" ("LCS and Windows Messenger 5 connectivity"). */
export const MESSENGER_CLIENT_KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\POLICIES\\MICROSOFT\\MESSENGER\\CLIENT\\{83D4679F-B6D7-11D2-BF36-00C04FB90A03}\\_DEFAULT';

/** Each side's minimum NTLM session security: `NTLMMinClientSec` and `NTLMMinServerSec` (DOMAIN 6). */
export const NTLM_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\CONTROL\\LSA\\MSV1_0';

/** The LAN Manager authentication level (`LmCompatibilityLevel`): which responses and session security a client uses. */
export const LSA_KEY = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CURRENTCONTROLSET\\CONTROL\\LSA';

/** A client setting as the client sees it: the value that applies, and the ones it hides. */
export interface EffectiveSetting {
  value: RegistryValue;
  source: 'policy' | 'preference';
  /** Values of the same name that lose: preferences under a policy, earlier writes of the same key. */
  shadowed: RegistryValue[];
}

/**
 * Registry values of every export, indexed by key and name (case-insensitive, as Windows
 * compares them). A later write wins; a deletion removes what came before it.
 */
export class RegistryIndex {
  private readonly byKeyAndName = new Map<string, RegistryValue[]>();

  constructor(readonly files: readonly RegistryFile[]) {
    for (const file of files) {
      for (const value of file.values) {
        const id = `${registryKey(value.key)}\u0000${value.name.toUpperCase()}`;
        const list = this.byKeyAndName.get(id);
        if (list) list.push(value);
        else this.byKeyAndName.set(id, [value]);
      }
    }
  }

  /** Every write of the value, in file order (deletions included). */
  writes(key: string, name: string): readonly RegistryValue[] {
    return this.byKeyAndName.get(`${registryKey(key)}\u0000${name.toUpperCase()}`) ?? [];
  }

  /** The value a machine with every export applied would hold, or undefined (never written, or deleted last). */
  current(key: string, name: string): RegistryValue | undefined {
    const writes = this.writes(key, name);
    const last = writes[writes.length - 1];
    return last && !last.deleted ? last : undefined;
  }

  /** A Communicator / Lync client setting: the first policy key that sets it, else the preference. */
  clientSetting(name: string): EffectiveSetting | undefined {
    const candidates: Array<{ value: RegistryValue; source: 'policy' | 'preference' }> = [];
    for (const key of CLIENT_POLICY_KEYS) {
      const value = this.current(key, name);
      if (value) candidates.push({ value, source: 'policy' });
    }
    for (const key of CLIENT_PREFERENCE_KEYS) {
      const value = this.current(key, name);
      if (value) candidates.push({ value, source: 'preference' });
    }
    if (candidates.length === 0) return undefined;
    const [winner, ...losers] = candidates;
    return { value: winner.value, source: winner.source, shadowed: losers.map((l) => l.value) };
  }
}

/** A boolean a DWORD registry value stands for (0 off, anything else on). */
export function dwordFlag(value: RegistryValue | undefined): boolean | undefined {
  if (!value || value.type !== 'dword' || typeof value.data !== 'number') return undefined;
  return value.data !== 0;
}

/** Where a fact about the deployment came from, for messages and related locations. */
export interface SourcedFact<T> {
  value: T;
  /** `config`, `topology`, `registry policy`. */
  source: string;
  node?: Located;
}
