/**
 * `kind: MediaPolicy`: each document becomes one `MediaPolicy`. Read whole, like the other
 * network kinds: a port range or an excluded interface left out would change what the
 * rules conclude about the policy, so a document with any problem is reported and not loaded.
 */
import type { CandidateType, MediaPolicy, SitedPorts } from '../../model/network.js';
import type { Sited } from '../../model/topology.js';
import type { ManifestDocument, ManifestKindLoader } from './kind.js';
import { NetworkReader, describeNetworkValue } from './network-reader.js';
import { CANDIDATE_TYPES, MEDIA_POLICY_SCHEMA } from './network-schemas.js';
import { loadedWhole, optional } from './reader.js';
import type { Path } from './reader.js';

/**
 * Type preferences given to an ordered list, by position: RFC 8445's recommended values
 * (host 126, peer-reflexive 110, server-reflexive 100, relay 0) in the order written.
 */
export const RANKED_TYPE_PREFERENCES = [126, 110, 100, 0] as const;

/** Interface types a policy can exclude; `any` would exclude every interface. */
const EXCLUDABLE_INTERFACES = ['lan', 'wireless', 'remoteAccess'];

export const mediaPolicyLoader: ManifestKindLoader<unknown> = {
  kind: 'MediaPolicy',
  schema: MEDIA_POLICY_SCHEMA,
  schemaFile: 'manifest-mediapolicy.schema.json',
  describeValue: describeNetworkValue,
  convert(document, data, context) {
    const reader = new MediaPolicyReader(data, context);
    return { mediaPolicies: loadedWhole(reader, context, reader.policy(document)) };
  },
};

class MediaPolicyReader extends NetworkReader {
  policy(document: ManifestDocument): MediaPolicy {
    return {
      file: document.file,
      loc: document.loc,
      ...optional('candidateTypePreference', this.typePreferences()),
      transportOrder: this.entries(['transportOrder'], (path) => this.scalar<'udp' | 'tcp'>(path, 'string')),
      excludeInterfaces: this.entries(['excludeInterfaces'], (path) => this.excludedInterface(path)),
      portRanges: this.perMediaType(['portRanges'], (path) => {
        const piece = this.piece(path);
        return piece && this.ports(piece);
      }),
      dscp: this.perMediaType(['dscp'], (path) => this.scalar<number>(path, 'number')),
      ...optional('concurrentCalls', this.scalar<number>(['concurrentCalls'], 'number')),
    };
  }

  /** The mapping as written, or an ordered list turned into RANKED_TYPE_PREFERENCES. */
  private typePreferences(): MediaPolicy['candidateTypePreference'] {
    const path = ['candidateTypePreference'];
    const written = this.at(path);
    if (written === undefined) return undefined;
    const preferences: NonNullable<MediaPolicy['candidateTypePreference']> = {};
    if (Array.isArray(written)) {
      this.indices(path).forEach((itemPath, rank) => {
        const type = this.scalar<CandidateType>(itemPath, 'string');
        if (type) preferences[type.value] = { value: RANKED_TYPE_PREFERENCES[rank], loc: type.loc };
      });
    } else {
      for (const type of CANDIDATE_TYPES) {
        const value = this.scalar<number>([...path, type], 'number');
        if (value) preferences[type] = value;
      }
    }
    return preferences;
  }

  private excludedInterface(path: Path): MediaPolicy['excludeInterfaces'][number] | undefined {
    const text = this.scalar<string>(path, 'string');
    if (!text) return undefined;
    if (EXCLUDABLE_INTERFACES.includes(text.value)) return text;
    if (/^[A-Za-z]+$/.test(text.value)) {
      this.report(path, 'invalid-interface', `'${text.value}' is neither an interface type (${EXCLUDABLE_INTERFACES.join(', ')}) nor a network`);
      return undefined;
    }
    const piece = this.piece(path);
    const address = piece && this.address(piece);
    return address && { ...text, address };
  }

  /** A mapping of media type (`audio`, `video`, `sharing`, ...) to a value read at its path. */
  private perMediaType<T extends Sited<unknown> | SitedPorts>(path: Path, read: (itemPath: Path) => T | undefined): Record<string, T> {
    const written = this.at(path);
    const result: Record<string, T> = {};
    if (!this.isMapping(path)) return result;
    for (const mediaType of Object.keys(written as object)) {
      const value = read([...path, mediaType]);
      if (value !== undefined) result[mediaType] = value;
    }
    return result;
  }
}
