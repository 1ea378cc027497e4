import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { PositionedText } from '../../../src/languages/positions.js';
import {
  attributeOf,
  childElement,
  childElements,
  decodeXmlBytes,
  descendants,
  parseEmbeddedXml,
  parseXml,
  parseXmlSource,
  unescapeXmlPieces,
} from '../../../src/languages/xml/index.js';
import type { XmlElement } from '../../../src/languages/xml/index.js';

const at = (file: string, line: number, column: number, endLine: number, endColumn: number) => ({ file, line, column, endLine, endColumn });

/** A user tunnel forced through the VPN with the Teams Optimize ranges excluded, as Microsoft's guidance writes it. */
const PROFILE = `<VPNProfile>
  <AlwaysOn>true</AlwaysOn>
  <NativeProfile>
    <Servers>vpn.contoso.com</Servers>
    <RoutingPolicyType>ForceTunnel</RoutingPolicyType>
  </NativeProfile>
  <Route>
    <Address>52.112.0.0</Address>
    <PrefixSize>14</PrefixSize>
    <ExclusionRoute>true</ExclusionRoute>
  </Route>
  <Route><Address>13.107.64.0</Address><PrefixSize>18</PrefixSize><ExclusionRoute>true</ExclusionRoute></Route>
</VPNProfile>
`;

function only(element: XmlElement | undefined, ...path: string[]): XmlElement {
  let current = element;
  for (const local of path) current = current && childElement(current, local);
  if (!current) throw new Error(`no ${path.join('/')}`);
  return current;
}

describe('ProfileXML', () => {
  const document = parseXml('vpn/profile.xml', PROFILE);

  it('reads the tree with every element, text and range', () => {
    expect(document.diagnostics).toEqual([]);
    expect(document.wellFormed).toBe(true);
    const root = document.root as XmlElement;
    expect(root.local).toBe('VPNProfile');
    expect(root.loc).toEqual(at('vpn/profile.xml', 1, 1, 13, 14));
    expect(root.children.map((child) => child.local)).toEqual(['AlwaysOn', 'NativeProfile', 'Route', 'Route']);
    const policy = only(root, 'NativeProfile', 'RoutingPolicyType');
    expect(policy.text?.value).toBe('ForceTunnel');
    expect(policy.text?.loc).toEqual(at('vpn/profile.xml', 5, 24, 5, 35));
    expect(policy.nameLoc).toEqual(at('vpn/profile.xml', 5, 6, 5, 23));
    const routes = childElements(root, 'Route');
    expect(routes.map((route) => [only(route, 'Address').text?.value, only(route, 'PrefixSize').text?.value, only(route, 'ExclusionRoute').text?.value])).toEqual([
      ['52.112.0.0', '14', 'true'],
      ['13.107.64.0', '18', 'true'],
    ]);
    expect(only(routes[1], 'PrefixSize').text?.loc).toEqual(at('vpn/profile.xml', 12, 52, 12, 54));
    expect(only(routes[1], 'PrefixSize').loc).toEqual(at('vpn/profile.xml', 12, 40, 12, 67));
  });

  it('gives an element without text no text, and whitespace between children as text', () => {
    const empty = parseXml('a.xml', '<VPNProfile><DnsSuffix/><Servers></Servers></VPNProfile>').root as XmlElement;
    expect(only(empty, 'DnsSuffix').text).toBeUndefined();
    expect(only(empty, 'Servers').text).toBeUndefined();
    expect(only(document.root, 'NativeProfile').text?.value).toBe('\n    \n    \n  ');
  });

  it('places attributes: the whole, the name and the value between quotes', () => {
    const text = `<Rule\n  Name="Teams media"   Port = '3478&amp;3481' />`;
    const root = parseXml('r.xml', text).root as XmlElement;
    expect(root.attributes.map((a) => [a.name, a.value])).toEqual([
      ['Name', 'Teams media'],
      ['Port', '3478&3481'],
    ]);
    const port = attributeOf(root, 'Port');
    expect(port?.loc).toEqual(at('r.xml', 2, 24, 2, 46));
    expect(port?.nameLoc).toEqual(at('r.xml', 2, 24, 2, 28));
    expect(port?.valueLoc).toEqual(at('r.xml', 2, 32, 2, 45));
    expect(attributeOf(root, 'Name')?.valueLoc).toEqual(at('r.xml', 2, 9, 2, 20));
  });

  it('counts columns in UTF-16 code units and lines at CRLF, with a byte-order mark dropped', () => {
    const root = parseXml('u.xml', '\ufeff<VPNProfile>\r\n<ProfileName>\u{1F600} VPN</ProfileName><DnsSuffix>x</DnsSuffix></VPNProfile>').root as XmlElement;
    expect(only(root, 'ProfileName').text).toMatchObject({ value: '\u{1F600} VPN', loc: at('u.xml', 2, 14, 2, 20) });
    expect(only(root, 'DnsSuffix').nameLoc).toEqual(at('u.xml', 2, 35, 2, 44));
    expect(root.nameLoc).toEqual(at('u.xml', 1, 2, 1, 12));
  });

  it('puts an error found at a CRLF line break on its line, never between the CR and the LF', () => {
    const document = parseXml('e.xml', '\r\n');
    expect(document.diagnostics.length).toBeGreaterThan(0);
    for (const d of document.diagnostics) expect([d.code, d.line, d.column]).toEqual(['xml/syntax', 1, 1]);
  });

  it('reads the same XML inside a PowerShell here-string with ranges in the script', () => {
    const script = `$ProfileXML = @'\n${PROFILE}'@\nAdd-VpnConnection -Name AOVPN\n`;
    const start = script.indexOf('<VPNProfile>');
    const end = script.indexOf("'@\n");
    const fragment = parseXmlSource(PositionedText.of('deploy/New-Vpn.ps1', script).slice(start, end));
    expect(fragment.diagnostics).toEqual([]);
    const address = only(fragment.root, 'Route', 'Address');
    expect(address.text?.value).toBe('52.112.0.0');
    expect(address.text?.loc).toEqual(at('deploy/New-Vpn.ps1', 9, 14, 9, 24));
  });
});

/** The VPNv2 CSP's SyncML shape: ProfileXML escaped as the text of `<Data>`. */
const SYNCML = `<SyncML xmlns="SYNCML:SYNCML1.2">
  <SyncBody>
    <Atomic>
      <CmdID>10000</CmdID>
      <Add>
        <CmdID>10001</CmdID>
        <Item>
          <Target><LocURI>./User/Vendor/MSFT/VPNv2/Contoso%20VPN/ProfileXML</LocURI></Target>
          <Data>&lt;VPNProfile&gt;
  &lt;NativeProfile&gt;&lt;RoutingPolicyType&gt;ForceTunnel&lt;/RoutingPolicyType&gt;&lt;/NativeProfile&gt;
  &lt;Route&gt;&lt;Address&gt;52.112.0.0&lt;/Address&gt;&lt;PrefixSize&gt;14&lt;/PrefixSize&gt;&lt;ExclusionRoute&gt;true&lt;/ExclusionRoute&gt;&lt;/Route&gt;
  &lt;DomainNameInformation&gt;&lt;DomainName&gt;.corp.contoso.com&lt;/DomainName&gt;&lt;DnsServers&gt;10.0.0.10&lt;/DnsServers&gt;&lt;/DomainNameInformation&gt;
  &lt;ProfileName&gt;R&amp;amp;D &amp;#x26; Ops&lt;/ProfileName&gt;
&lt;/VPNProfile&gt;</Data>
        </Item>
      </Add>
    </Atomic>
    <Final/>
  </SyncBody>
</SyncML>`;

describe('XML escaped inside XML (Intune SyncML)', () => {
  const outer = parseXml('intune/vpn.syncml.xml', SYNCML);
  const data = [...descendants(outer.root as XmlElement)].find((element) => element.local === 'Data') as XmlElement;

  it('keeps the namespace of the SyncML elements', () => {
    expect(outer.diagnostics).toEqual([]);
    expect(outer.root?.uri).toBe('SYNCML:SYNCML1.2');
    expect(data.uri).toBe('SYNCML:SYNCML1.2');
    expect(data.text?.value.startsWith('<VPNProfile>\n  <NativeProfile>')).toBe(true);
  });

  it('parses the escaped profile with each range at the escape it came from', () => {
    const inner = parseEmbeddedXml(outer, data.text!);
    expect(inner.diagnostics).toEqual([]);
    const root = inner.root as XmlElement;
    expect(root.local).toBe('VPNProfile');
    expect(root.nameLoc).toEqual(at('intune/vpn.syncml.xml', 9, 21, 9, 31));
    const policy = only(root, 'NativeProfile', 'RoutingPolicyType');
    expect(policy.text?.value).toBe('ForceTunnel');
    // `ForceTunnel` starts after `  &lt;NativeProfile&gt;&lt;RoutingPolicyType&gt;` on line 10.
    expect(policy.text?.loc).toEqual(at('intune/vpn.syncml.xml', 10, 49, 10, 60));
    expect(policy.nameLoc).toEqual(at('intune/vpn.syncml.xml', 10, 28, 10, 45));
    const address = only(root, 'Route', 'Address');
    expect(address.loc).toEqual(at('intune/vpn.syncml.xml', 11, 16, 11, 57));
    // `&amp;amp;` is `&amp;` in the profile and `&` once parsed; `&amp;#x26;` is a character reference in the profile.
    expect(only(root, 'ProfileName').text).toMatchObject({ value: 'R&D & Ops', loc: at('intune/vpn.syncml.xml', 13, 22, 13, 48) });
  });

  it('maps XML held in a CDATA section character for character', () => {
    const text = '<Data><![CDATA[<VPNProfile><AlwaysOn>true</AlwaysOn></VPNProfile>]]></Data>';
    const outerCdata = parseXml('d.xml', text);
    const inner = parseEmbeddedXml(outerCdata, outerCdata.root!.text!);
    expect(only(inner.root, 'AlwaysOn').text?.loc).toEqual(at('d.xml', 1, 38, 1, 42));
  });

  it('reports a broken escaped profile at its line in the outer file', () => {
    const broken = parseXml('b.xml', '<Data>\n&lt;VPNProfile&gt;\n  &lt;Route&gt;&lt;/VPNProfile&gt;</Data>');
    const inner = parseEmbeddedXml(broken, broken.root!.text!);
    expect(inner.wellFormed).toBe(false);
    expect(inner.diagnostics[0]).toMatchObject({ file: 'b.xml', line: 3, code: 'xml/syntax' });
  });
});

/** Topology Builder's nesting of default namespaces. */
const TOPOLOGY = `<?xml version="1.0" encoding="utf-8"?>
<TopologyBuilder xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008">
  <NewTopology>
    <PartialTopology xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008" xmlns:t="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">
      <InternalDomains DefaultDomain="contoso.com" xmlns="urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008">
        <InternalDomain Name="contoso.com" Authoritative="false" />
      </InternalDomains>
      <CentralSites>
        <CentralSite SiteId="1"><t:Name>Contoso</t:Name></CentralSite>
      </CentralSites>
    </PartialTopology>
  </NewTopology>
</TopologyBuilder>
`;

describe('Topology Builder documents', () => {
  it('resolves default and prefixed namespaces on elements, and leaves unprefixed attributes in none', () => {
    const document = parseXml('topology/contoso.tbxml', TOPOLOGY);
    expect(document.diagnostics).toEqual([]);
    const partial = only(document.root, 'NewTopology', 'PartialTopology');
    expect(partial.uri).toBe('urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008');
    const domains = childElement(partial, 'InternalDomains', 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008') as XmlElement;
    expect(attributeOf(domains, 'DefaultDomain')?.value).toBe('contoso.com');
    expect(childElement(partial, 'InternalDomains', 'urn:other')).toBeUndefined();
    const name = only(partial, 'CentralSites', 'CentralSite', 'Name');
    expect([name.name, name.prefix, name.uri, name.text?.value]).toEqual(['t:Name', 't', 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008', 'Contoso']);
    const xmlns = attributeOf(partial, 't', 'http://www.w3.org/2000/xmlns/');
    expect(xmlns?.value).toBe('urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008');
  });

  it('reports a prefix bound to no namespace', () => {
    const document = parseXml('t.tbxml', '<wt:PartialTopology><a/></wt:PartialTopology>');
    expect(document.diagnostics[0]).toMatchObject({ code: 'xml/syntax', message: 'unbound namespace prefix: "wt"', line: 1 });
  });
});

describe('Group Policy preference registry XML', () => {
  it('reads the collection of registry settings with their properties', () => {
    const text = `<?xml version="1.0" encoding="utf-8"?>
<RegistrySettings clsid="{A3CCFC41-DFDB-43a5-8D26-0FE8B954DA51}">
  <Registry clsid="{9CD4B2F4-923D-47f5-A062-E897DD1DAD50}" name="DisableUdp" image="12">
    <Properties action="U" hive="HKEY_LOCAL_MACHINE" key="SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync" name="DisableUdp" type="REG_DWORD" value="00000000"/>
  </Registry>
</RegistrySettings>`;
    const document = parseXml('gpo/Registry.xml', text);
    const properties = only(document.root, 'Registry', 'Properties');
    expect(attributeOf(properties, 'key')?.value).toBe('SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync');
    expect(attributeOf(properties, 'value')?.valueLoc).toEqual(at('gpo/Registry.xml', 4, 147, 4, 155));
  });
});

describe('bad XML', () => {
  it.each([
    ['an unclosed element', '<VPNProfile>\n  <Route>\n</VPNProfile>', 3],
    ['text after the root', '<a/>\ntext', 2],
    ['an undefined entity', '<a>\n&nbsp;</a>', 2],
    ['a missing quote', '<a x="1>\n</a>', 2],
    ['an empty text', '', 1],
    ['two roots', '<a/>\n<b/>', 2],
  ])('reports %s at its line and keeps what it read', (_, text, line) => {
    const document = parseXml('bad.xml', text);
    expect(document.wellFormed).toBe(false);
    expect(document.diagnostics[0]).toMatchObject({ file: 'bad.xml', code: 'xml/syntax', severity: 'error', line });
  });

  it('gives elements a truncated text leaves open their range up to where it ends, with the text they hold', () => {
    const document = parseXml('cut.xml', '<VPNProfile>\n  <Route>\n    <Address>52.112');
    const route = only(document.root, 'Route');
    expect(document.root?.loc).toEqual(at('cut.xml', 1, 1, 3, 20));
    expect(route.loc).toEqual(at('cut.xml', 2, 3, 3, 20));
    expect(only(route, 'Address').text).toMatchObject({ value: '52.112', loc: at('cut.xml', 3, 14, 3, 20) });
  });

  it('reads several top-level elements when asked for a fragment', () => {
    const document = parseXml('f.xml', '<Route/>\n<Route/>', { fragment: true });
    expect(document.diagnostics).toEqual([]);
    expect(document.roots.map((root) => root.loc.line)).toEqual([1, 2]);
  });

  it('refuses a DOCTYPE that declares entities, without expanding anything', () => {
    const lol = '<!ENTITY lol "lol">' + Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('');
    const document = parseXml('bomb.xml', `<?xml version="1.0"?>\n<!DOCTYPE lolz [${lol}]>\n<lolz>&lol9;</lolz>`);
    expect(document.root).toBeUndefined();
    expect(document.diagnostics).toEqual([expect.objectContaining({ code: 'xml/doctype-entity', line: 2, column: 1 })]);
  });

  it('reads a DOCTYPE without entity declarations', () => {
    expect(parseXml('d.xml', '<!DOCTYPE VPNProfile>\n<VPNProfile/>').diagnostics).toEqual([]);
  });

  it('stops after ten syntax errors', () => {
    const document = parseXml('many.xml', '<a>' + '&x;'.repeat(50) + '</a>');
    expect(document.diagnostics.filter((d) => d.severity === 'error')).toHaveLength(10);
    expect(document.diagnostics[10]).toMatchObject({ severity: 'info', message: '10 syntax errors; the rest of the text is not read' });
  });
});

describe('bounds', () => {
  it('refuses a text over its size bound', () => {
    const document = parseXml('big.xml', `<a>${'x'.repeat(200)}</a>`, { limits: { maxChars: 100 } });
    expect(document.root).toBeUndefined();
    expect(document.diagnostics).toEqual([expect.objectContaining({ code: 'xml/too-large', line: 1 })]);
  });

  it('stops at the element that nests too deep, with the tree above it', () => {
    const document = parseXml('deep.xml', '<a>'.repeat(10) + '\n<b/>' + '</a>'.repeat(10), { limits: { maxDepth: 10 } });
    expect(document.diagnostics).toEqual([expect.objectContaining({ code: 'xml/too-deep', line: 2, column: 1, endColumn: 3 })]);
    expect(document.root?.children[0]?.local).toBe('a');
  });

  it('stops at the element and the attribute over their counts', () => {
    const elements = parseXml('e.xml', `<a>${'<r/>'.repeat(20)}</a>`, { limits: { maxElements: 5 } });
    expect(elements.diagnostics).toEqual([expect.objectContaining({ code: 'xml/too-many-elements', column: 20 })]);
    expect(elements.root?.children).toHaveLength(4);
    expect(elements.root?.loc).toEqual(at('e.xml', 1, 1, 1, 20)); // up to the element not read
    const attributes = parseXml('t.xml', `<a>${'<r x="1" y="2"/>'.repeat(5)}</a>`, { limits: { maxAttributes: 3 } });
    expect(attributes.diagnostics).toEqual([expect.objectContaining({ code: 'xml/too-many-attributes' })]);
  });

  it('handles a million-element-deep attack without exhausting the stack', () => {
    const document = parseXml('attack.xml', '<a>'.repeat(100_000));
    expect(document.diagnostics[0]?.code).toBe('xml/too-deep');
  });

  it('walks descendants of a deep tree without recursion', () => {
    const document = parseXml('d.xml', '<a>'.repeat(250) + '</a>'.repeat(250));
    expect([...descendants(document.root as XmlElement)]).toHaveLength(250);
  });
});

describe('decoding bytes', () => {
  it('reads UTF-8 with and without a byte-order mark, UTF-16 both ways and a declared single-byte encoding', () => {
    const text = '<a>Zürich</a>';
    expect(decodeXmlBytes(Buffer.from('\ufeff' + text, 'utf8'))).toBe(text);
    expect(decodeXmlBytes(Buffer.from(text, 'utf8'))).toBe(text);
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(decodeXmlBytes(Buffer.from(text, 'utf16le'))).toBe(text);
    expect(decodeXmlBytes(Buffer.from(text, 'utf16le').swap16())).toBe(text);
    expect(decodeXmlBytes(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><a>Z\u00fcrich</a>', 'latin1'))).toContain('Zürich');
  });
});

/** saxes's own text of an element's content, to compare with the positioned unescaping. */
function saxesText(xml: string): string {
  let text = '';
  const parser = new SaxesParser();
  parser.on('text', (t) => (text += t));
  parser.on('cdata', (t) => (text += t));
  parser.write(xml).close();
  return text;
}

describe('properties', () => {
  const xmlText = fc.array(
    fc.oneof(
      fc.constantFrom('&lt;', '&gt;', '&amp;', '&quot;', '&apos;', '&#65;', '&#x1F600;', '\r\n', '\r', '\n', ' ', '<![CDATA[a<b]]>', '<!-- note -->', '<?pi x?>'),
      fc.string({ unit: 'grapheme', maxLength: 4 }).filter((s) => !/[<&\]\r]/.test(s)),
    ),
    { maxLength: 30 },
  );

  it('unescapes character data to the text saxes gives, each character mapped inside the raw piece', () => {
    fc.assert(
      fc.property(xmlText, (parts) => {
        const raw = parts.join('');
        const xml = `<a>${raw}</a>`;
        const source = PositionedText.of('p.xml', xml);
        const mapped = unescapeXmlPieces(source, [{ start: 3, end: 3 + raw.length }]);
        expect(mapped.text).toBe(saxesText(xml));
        for (let i = 0; i <= mapped.text.length; i++) {
          const { line, column } = mapped.position(i);
          expect(line).toBeGreaterThanOrEqual(1);
          expect(column).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary text, and keeps every diagnostic inside the text', () => {
    const pieces = fc.array(fc.oneof(fc.constantFrom('<', '>', '</', '/>', '<a>', '</a>', '<b x="1">', '&', '&amp;', '<!DOCTYPE a>', '<![CDATA[', ']]>', '<!--', '-->', '"', '\n', 'xmlns:p="u"', '<p:c>'), fc.string({ maxLength: 5 })), { maxLength: 40 });
    fc.assert(
      fc.property(pieces, (parts) => {
        const text = parts.join('');
        const document = parseXml('any.xml', text);
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const diagnostic of document.diagnostics) {
          expect(diagnostic.line).toBeGreaterThanOrEqual(1);
          expect(diagnostic.endLine).toBeLessThanOrEqual(lines);
        }
        for (const root of document.roots) {
          for (const element of descendants(root)) {
            expect(element.loc.endLine).toBeLessThanOrEqual(lines);
            // An element, closed or not, ends after its name.
            const { loc, nameLoc } = element;
            expect(loc.endLine > nameLoc.endLine || (loc.endLine === nameLoc.endLine && loc.endColumn >= nameLoc.endColumn)).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back what a printer writes: names, attribute values and text at their ranges', () => {
    const name = fc.constantFrom('Route', 'Address', 'PrefixSize', 'Cluster', 'Machine');
    const value = fc.string({ maxLength: 8 });
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/\r/g, '&#13;');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value, value), { minLength: 1, maxLength: 10 }), (items) => {
        const text = `<Root>\n${items.map(([n, a, t]) => `  <${n} v="${escape(a)}">${escape(t)}</${n}>`).join('\n')}\n</Root>`;
        const document = parseXml('w.xml', text);
        expect(document.diagnostics).toEqual([]);
        const children = document.root?.children ?? [];
        expect(children.map((c) => [c.local, c.attributes[0].value, c.text?.value ?? ''])).toEqual(items);
        children.forEach((child, i) => expect(child.loc.line).toBe(i + 2));
      }),
      { numRuns: 300 },
    );
  });
});
