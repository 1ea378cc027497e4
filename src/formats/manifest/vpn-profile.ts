/**
 * `kind: VpnProfile`: each document becomes one `VpnProfile` of source `manifest`. Read
 * whole, like a topology: a profile with an address left out would look as if that address
 * were not excluded from (or not routed into) the tunnel, so a document with any problem is
 * reported and not loaded.
 */
import type { Sited } from '../../model/topology.js';
import type { VpnProfile } from '../../model/network.js';
import type { ManifestDocument, ManifestKindLoader } from './kind.js';
import { NetworkReader, describeNetworkValue } from './network-reader.js';
import { VPN_PROFILE_SCHEMA } from './network-schemas.js';
import { loadedWhole } from './reader.js';
import { readHostName } from '../../model/values.js';

export const vpnProfileLoader: ManifestKindLoader<unknown> = {
  kind: 'VpnProfile',
  schema: VPN_PROFILE_SCHEMA,
  schemaFile: 'manifest-vpnprofile.schema.json',
  describeValue: describeNetworkValue,
  convert(document, data, context) {
    const reader = new VpnProfileReader(data, context);
    return { vpnProfiles: loadedWhole(reader, context, reader.profile(document)) };
  },
};

class VpnProfileReader extends NetworkReader {
  profile(document: ManifestDocument): VpnProfile {
    const profile: VpnProfile = {
      file: document.file,
      loc: document.loc,
      source: 'manifest',
      name: this.setName(document),
      clientSubnets: this.addresses(['clientSubnets']),
      include: this.addresses(['include']),
      exclude: this.addresses(['exclude']),
      endpoints: [],
    };
    const tunnel = this.scalar<'split' | 'full'>(['tunnel'], 'string');
    if (tunnel) profile.tunnel = tunnel;
    if (this.isMapping(['dns'])) profile.dns = { servers: this.hostAddresses(['dns', 'servers']), suffixes: this.suffixes() };
    return profile;
  }

  /** DNS suffixes: host names (one label allowed), lower-case without the trailing dot. */
  private suffixes(): Array<Sited<string>> {
    return this.entries(['dns', 'suffixes'], (path) => {
      const text = this.scalar<string>(path, 'string');
      if (!text) return undefined;
      const name = readHostName(text.value);
      if (name !== undefined) return { value: name, loc: text.loc };
      this.report(path, 'invalid-host', `'${text.value}' is not a DNS suffix (a host name)`);
      return undefined;
    });
  }
}
