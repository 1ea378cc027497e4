import { defineRule } from '../../src/engine/rule.js';
import type { TopologyDisagreement } from '../../src/model/topology-merge.js';

type MessageId = 'onlyInBuilder' | 'onlyInManifest' | 'differs';

export default defineRule<Record<string, never>, MessageId>({
  id: 'lync/topology-agrees',
  meta: {
    description: 'A kind: Topology manifest agrees with the Topology Builder document beside it',
    rationale: [
      'Topology Builder\'s document (a `.tbxml`, the published topology of `Get-CsTopology -AsXml`, an',
      '`Export-CsConfiguration` archive) is the deployment as the servers know it. A `kind: Topology` manifest',
      'kept beside it says the same things for uclint and for people; where the two differ, one is stale, and',
      'rules judging DNS and certificates against the stale one judge the wrong deployment.',
      '',
      'uclint merges them (the Topology Builder document wins; the manifest adds what Topology Builder does',
      'not hold: reverse proxy, Exchange, client policy, SBCs, load balancing) and reports, at both places,',
      'a SIP domain, a Front End, Director or Mediation pool, or an Edge pool that one has and the other',
      'lacks, and an Edge service\'s external FQDN or IP address that the two give differently. Each is',
      'compared only when the manifest states that kind of thing (a manifest with no pools says nothing of',
      'pools). An Edge behind NAT is not compared on an address Topology Builder holds as private while the',
      'manifest gives a public one. Partial topologies read from configuration scripts are not compared.',
      '',
      '**Fix:** correct the manifest from the published topology (or publish the topology the manifest',
      'describes), or drop from the manifest what Topology Builder already says.',
    ].join('\n'),
    severity: 'warning',
    recommended: true,
    families: ['legacy', 'lync'],
    citations: [{ source: 'Get-CsTopology (Skype for Business Server PowerShell reference)', section: 'The topology published in the Central Management store; -AsXml' }],
    options: { type: 'object', properties: {}, additionalProperties: false },
    messages: {
      onlyInBuilder: '{{subject}} is in the {{document}} but not in the kind: Topology manifest',
      onlyInManifest: '{{subject}} is in the kind: Topology manifest but not in the {{document}}',
      differs: '{{subject}} is {{builder}} in the {{document}} but {{manifest}} in the kind: Topology manifest',
    },
  },
  appliesTo: (estate) => estate.topologies.some((t) => t.source === 'topology-builder'),
  check({ estate, report }) {
    for (const disagreement of estate.topologyDisagreements) {
      const messageId = messageOf(disagreement);
      const data = {
        subject: disagreement.subject,
        document: disagreement.builderDocument,
        builder: disagreement.builderValue ?? '',
        manifest: disagreement.manifestValue ?? '',
      };
      // At both places: each finding names the other.
      report({ node: disagreement.builder, messageId, data, related: [{ node: disagreement.manifest, message: 'the kind: Topology manifest' }] });
      report({ node: disagreement.manifest, messageId, data, related: [{ node: disagreement.builder, message: `the ${disagreement.builderDocument}` }] });
    }
  },
});

function messageOf(disagreement: TopologyDisagreement): MessageId {
  if (disagreement.builderValue !== undefined && disagreement.manifestValue !== undefined) return 'differs';
  return disagreement.builderValue !== undefined ? 'onlyInBuilder' : 'onlyInManifest';
}
