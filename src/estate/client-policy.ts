import type { Located } from '../core/types.js';
import { registryKey, type RegistryFile, type RegistryKeyDeletion, type RegistryValue } from '../model/registry.js';

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
 * Registry writes of every source (exports, `reg` commands, PowerShell, DSC resources,
 * Registry.pol), indexed by key and name (case-insensitive, as Windows compares them). Files
 * apply in the estate's order and each file's writes in its own order: a later write wins, and
 * a deletion (of the value, of its key or a key above it, or of its key's values) removes what
 * came before it.
 */
export class RegistryIndex {
  private readonly byKeyAndName = new Map<string, RegistryValue[]>();
  /** The order of each write, across files. */
  private readonly orderOf = new Map<RegistryValue, number>();
  /** Key deletions by key (`registryKey`), with their order. */
  private readonly deletions = new Map<string, Array<{ order: number; valuesOnly: boolean }>>();

  constructor(readonly files: readonly RegistryFile[]) {
    let order = 0;
    for (const file of files) {
      for (const write of inFileOrder(file)) {
        order++;
        if ('type' in write) {
          const id = `${registryKey(write.key)}\u0000${write.name.toUpperCase()}`;
          const list = this.byKeyAndName.get(id);
          if (list) list.push(write);
          else this.byKeyAndName.set(id, [write]);
          this.orderOf.set(write, order);
          continue;
        }
        const key = registryKey(write.key);
        const list = this.deletions.get(key);
        const deletion = { order, valuesOnly: write.valuesOnly === true };
        if (list) list.push(deletion);
        else this.deletions.set(key, [deletion]);
      }
    }
  }

  /** Every write of the value, in the order they apply (deletions of the value included; key deletions are not writes of it). */
  writes(key: string, name: string): readonly RegistryValue[] {
    return this.byKeyAndName.get(`${registryKey(key)}\u0000${name.toUpperCase()}`) ?? [];
  }

  /** The value a machine with every file applied would hold, or undefined (never written, or deleted last: the value, its key's values, its key or a key above). */
  current(key: string, name: string): RegistryValue | undefined {
    const writes = this.writes(key, name);
    const last = writes[writes.length - 1];
    if (!last || last.deleted) return undefined;
    return this.deletedAfter(registryKey(key), this.orderOf.get(last) ?? 0) ? undefined : last;
  }

  /** True when the key's values, the key or a key above it are deleted after the write of this order. */
  private deletedAfter(key: string, order: number): boolean {
    if (this.deletions.size === 0) return false;
    for (let at = key; ; ) {
      for (const deletion of this.deletions.get(at) ?? []) if (deletion.order > order && (at === key || !deletion.valuesOnly)) return true;
      const slash = at.lastIndexOf('\\');
      if (slash < 0) return false;
      at = at.slice(0, slash);
    }
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

/** A file's value writes and key deletions in the order the file makes them (by position; a tie keeps values first). */
function inFileOrder(file: RegistryFile): Array<RegistryValue | RegistryKeyDeletion> {
  if (file.keyDeletions.length === 0) return file.values;
  const before = (a: RegistryValue | RegistryKeyDeletion, b: RegistryValue | RegistryKeyDeletion) => a.loc.line - b.loc.line || a.loc.column - b.loc.column;
  return [...file.values, ...file.keyDeletions].sort(before);
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
