import { describe, expect, it } from '@jest/globals';
import { readPowerShell } from '../../../src/languages/powershell/index.js';
import { at, commands, diagnostics, natives, params, shown } from './helpers.js';

const read = (text: string) => readPowerShell(text, 'scripts/setup.ps1');

describe('PowerShell reader: Windows DNS records', () => {
  it('reads Add-DnsServerResourceRecord* for A, AAAA, CName, MX, Srv, Txt and the generic form, with exact positions', () => {
    const reading = read(
      [
        '$Zone = "contoso.com"',
        'Add-DnsServerResourceRecordA -ZoneName $Zone -Name sip -IPv4Address 131.107.155.10 -TimeToLive 01:00:00',
        'Add-DnsServerResourceRecordAAAA -ZoneName $Zone -Name sip -IPv6Address 2001:db8::10',
        'Add-DnsServerResourceRecordCName -ZoneName $Zone -Name lyncdiscover -HostNameAlias "webdir.online.lync.com"',
        'Add-DnsServerResourceRecordMX -ZoneName $Zone -Name "." -MailExchange mail.contoso.com -Preference 10',
        "Add-DnsServerResourceRecord -ZoneName $Zone -Srv -Name '_sip._tls' -DomainName sipdir.online.lync.com -Priority 100 -Weight 1 -Port 443",
        'Add-DnsServerResourceRecord -ZoneName $Zone -Txt -Name "@" -DescriptiveText "v=spf1 include:spf.protection.outlook.com -all"',
        'add-DnsServerResourceRecord -zonename $Zone -A -name edge -ipv4address 10.0.0.5',
      ].join('\n'),
    );
    expect(reading.diagnostics).toEqual([]);
    const dns = reading.invocations.filter((i) => i.normalizedName.startsWith('add-dnsserverresourcerecord'));
    expect(dns.map((c) => [c.normalizedName, at(c.loc), c.kind === 'command' ? params(c) : undefined])).toEqual([
      ['add-dnsserverresourcerecorda', '2:1-2:104', { ZoneName: 'contoso.com', Name: 'sip', IPv4Address: '131.107.155.10', TimeToLive: '01:00:00' }],
      ['add-dnsserverresourcerecordaaaa', '3:1-3:84', { ZoneName: 'contoso.com', Name: 'sip', IPv6Address: '2001:db8::10' }],
      ['add-dnsserverresourcerecordcname', '4:1-4:108', { ZoneName: 'contoso.com', Name: 'lyncdiscover', HostNameAlias: 'webdir.online.lync.com' }],
      ['add-dnsserverresourcerecordmx', '5:1-5:102', { ZoneName: 'contoso.com', Name: '.', MailExchange: 'mail.contoso.com', Preference: 10 }],
      ['add-dnsserverresourcerecord', '6:1-6:136', { ZoneName: 'contoso.com', Srv: true, Name: '_sip._tls', DomainName: 'sipdir.online.lync.com', Priority: 100, Weight: 1, Port: 443 }],
      ['add-dnsserverresourcerecord', '7:1-7:125', { ZoneName: 'contoso.com', Txt: true, Name: '@', DescriptiveText: 'v=spf1 include:spf.protection.outlook.com -all' }],
      ['add-dnsserverresourcerecord', '8:1-8:80', { zonename: 'contoso.com', A: true, name: 'edge', ipv4address: '10.0.0.5' }],
    ]);
    // Each parameter from its dash to the end of its value; the value where its literal is written.
    const a = commands(reading)[0];
    expect(a.parameters.map((p) => [p.name, at(p.loc), at(p.value.loc)])).toEqual([
      ['ZoneName', '2:30-2:45', '1:9-1:22'],
      ['Name', '2:46-2:55', '2:52-2:55'],
      ['IPv4Address', '2:56-2:83', '2:69-2:83'],
      ['TimeToLive', '2:84-2:104', '2:96-2:104'],
    ]);
  });

  it('reads a record per item of a foreach over a literal list, each with its iteration', () => {
    const reading = read(
      [
        '$records = @(',
        "  @{ Name = 'sip'; Alias = 'sipdir.online.lync.com' }",
        "  @{ Name = 'lyncdiscover'; Alias = 'webdir.online.lync.com' }",
        ')',
        'foreach ($record in $records) {',
        '  Add-DnsServerResourceRecordCName -ZoneName contoso.com -Name $record.Name -HostNameAlias $record.Alias',
        '}',
      ].join('\n'),
    );
    const cnames = commands(reading, 'add-dnsserverresourcerecordcname');
    expect(cnames.map((c) => [params(c), c.loops.map((l) => [l.kind, l.variable, l.index, at(l.loc)]), c.conditional])).toEqual([
      [{ ZoneName: 'contoso.com', Name: 'sip', HostNameAlias: 'sipdir.online.lync.com' }, [['foreach', 'record', 0, '5:1-5:30']], false],
      [{ ZoneName: 'contoso.com', Name: 'lyncdiscover', HostNameAlias: 'webdir.online.lync.com' }, [['foreach', 'record', 1, '5:1-5:30']], false],
    ]);
    // The value of each parameter is where its literal is written, inside the hashtable.
    expect(at(cnames[1].parameters[1].value.loc)).toBe('3:13-3:27');
  });

  it('reads dnscmd /recordadd lines in a script as native invocations with their arguments', () => {
    const reading = read('dnscmd dc01.contoso.com /RecordAdd contoso.com _sipfederationtls._tcp SRV 0 0 5061 sipfed.online.lync.com');
    const [dnscmd] = natives(reading);
    expect([dnscmd.program, dnscmd.switches.map((s) => s.name), dnscmd.operands.map((o) => shown(o.value))]).toEqual([
      'dnscmd',
      ['recordadd'],
      ['dc01.contoso.com', 'contoso.com', '_sipfederationtls._tcp', 'SRV', '0', '0', '5061', 'sipfed.online.lync.com'],
    ]);
    expect(dnscmd.operands.map((o) => at(o.loc))).toEqual(['1:8-1:24', '1:36-1:47', '1:48-1:70', '1:71-1:74', '1:75-1:76', '1:77-1:78', '1:79-1:83', '1:84-1:106']);
  });
});

describe('PowerShell reader: Windows Firewall and QoS', () => {
  it('reads New-NetFirewallRule with splatted and written parameters, lists written with spaces after commas, and unknown programs', () => {
    const reading = read(
      [
        '$rule = @{',
        "    DisplayName = 'Microsoft Teams (UDP media)'",
        "    Direction   = 'Inbound'",
        "    Protocol    = 'UDP'",
        '    LocalPort   = 50000..50002',
        '}',
        'New-NetFirewallRule @rule -Action Allow -Profile Domain, Private `',
        '    -Program "$env:LOCALAPPDATA\\Microsoft\\Teams\\current\\Teams.exe" -RemoteAddress 13.107.64.0/18,52.112.0.0/14',
      ].join('\n'),
    );
    const [rule] = commands(reading, 'new-netfirewallrule');
    expect(at(rule.loc)).toBe('7:1-8:111');
    expect(params(rule)).toEqual({
      DisplayName: 'Microsoft Teams (UDP media)',
      Direction: 'Inbound',
      Protocol: 'UDP',
      LocalPort: [50000, 50001, 50002],
      Action: 'Allow',
      Profile: ['Domain', 'Private'],
      Program: '?environment variable $env:LOCALAPPDATA',
      RemoteAddress: ['13.107.64.0/18', '52.112.0.0/14'],
    });
    // Splatted parameters are sited at their entry's value and name the @rule they came through.
    const splatted = rule.parameters[1];
    expect([splatted.name, at(splatted.loc), splatted.splat && at(splatted.splat)]).toEqual(['Direction', '3:19-3:28', '7:21-7:26']);
    // The unknown program keeps the expression as written, so a reader can still see it names Teams.exe.
    const program = rule.parameters.find((p) => p.name === 'Program')?.value;
    expect(program).toMatchObject({ kind: 'unknown', expression: '"$env:LOCALAPPDATA\\Microsoft\\Teams\\current\\Teams.exe"' });
  });

  it('expands "UDP", "TCP" | ForEach-Object into one rule per protocol', () => {
    const reading = read('"UDP", "TCP" | ForEach-Object { New-NetFirewallRule -DisplayName "Teams $_" -Direction Inbound -Protocol $_ -Action Allow }');
    const rules = commands(reading, 'new-netfirewallrule');
    expect(rules.map((r) => [params(r).DisplayName, params(r).Protocol, r.loops.map((l) => [l.kind, l.variable, l.index, shown(l.item)])])).toEqual([
      ['Teams UDP', 'UDP', [['ForEach-Object', '_', 0, 'UDP']]],
      ['Teams TCP', 'TCP', [['ForEach-Object', '_', 1, 'TCP']]],
    ]);
  });

  it('reads Set-NetFirewallRule, Set-NetFirewallProfile and netsh advfirewall lines', () => {
    const reading = read(
      [
        'Set-NetFirewallProfile -Profile Domain,Public,Private -DefaultOutboundAction Block -Enabled True',
        'Set-NetFirewallRule -DisplayName "Skype for Business" -Enabled:$false',
        'netsh advfirewall firewall add rule name="Lync UDP" dir=in action=allow protocol=UDP program="C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe" localport=50000-50059',
      ].join('\n'),
    );
    expect(params(commands(reading, 'set-netfirewallprofile')[0])).toEqual({ Profile: ['Domain', 'Public', 'Private'], DefaultOutboundAction: 'Block', Enabled: 'True' });
    expect(params(commands(reading, 'set-netfirewallrule')[0])).toEqual({ DisplayName: 'Skype for Business', Enabled: false });
    const [netsh] = natives(reading);
    expect(netsh.operands.map((o) => shown(o.value))).toEqual(['advfirewall', 'firewall', 'add', 'rule']);
    expect(netsh.pairs.map((p) => [p.key, shown(p.value), at(p.loc)])).toEqual([
      ['name', 'Lync UDP', '3:37-3:52'],
      ['dir', 'in', '3:53-3:59'],
      ['action', 'allow', '3:60-3:72'],
      ['protocol', 'UDP', '3:73-3:85'],
      ['program', 'C:\\Program Files\\Microsoft Office\\root\\Office16\\lync.exe', '3:86-3:152'],
      ['localport', '50000-50059', '3:153-3:174'],
    ]);
  });

  it('passes a comma-separated netsh value as separate arguments, as PowerShell does', () => {
    // PowerShell reads `localport=5060,5061` as an array and hands netsh two arguments; only the first is a pair.
    const [netsh] = natives(read('netsh advfirewall firewall add rule name=SIP dir=in action=allow protocol=TCP localport=5060,5061'));
    expect(netsh.pairs.map((p) => [p.key, shown(p.value)]).pop()).toEqual(['localport', '5060']);
    expect(netsh.operands.map((o) => [shown(o.value), o.raw]).pop()).toEqual(['5061', '5061']);
  });

  it('reads New-NetQosPolicy with the Teams port ranges and DSCP values', () => {
    const reading = read(
      [
        'New-NetQosPolicy -Name "Teams Audio" -AppPathNameMatchCondition "Teams.exe" -IPProtocolMatchCondition Both -IPSrcPortStartMatchCondition 50000 -IPSrcPortEndMatchCondition 50019 -DSCPAction 46 -NetworkProfile All',
        'New-NetQosPolicy -Name "Teams Video" -AppPathNameMatchCondition "Teams.exe" -IPSrcPortStartMatchCondition 50020 -IPSrcPortEndMatchCondition 50039 -DSCPAction 34',
      ].join('\n'),
    );
    expect(commands(reading, 'new-netqospolicy').map(params)).toEqual([
      { Name: 'Teams Audio', AppPathNameMatchCondition: 'Teams.exe', IPProtocolMatchCondition: 'Both', IPSrcPortStartMatchCondition: 50000, IPSrcPortEndMatchCondition: 50019, DSCPAction: 46, NetworkProfile: 'All' },
      { Name: 'Teams Video', AppPathNameMatchCondition: 'Teams.exe', IPSrcPortStartMatchCondition: 50020, IPSrcPortEndMatchCondition: 50039, DSCPAction: 34 },
    ]);
  });
});

describe('PowerShell reader: Skype for Business and Teams configuration', () => {
  it('reads Set-Cs*/New-Cs* cmdlets with port values computed from typed variables, and script parameter defaults', () => {
    const reading = read(
      [
        'param(',
        "    [string]$FrontEndPool = 'pool01.contoso.com'",
        ')',
        "[string]$AudioPortStart = '50000'",
        "[string]$AudioPortCount = '20'",
        '[string]$VideoPortStart = ([int]$AudioPortStart + [int]$AudioPortCount)',
        'Set-CsConferencingConfiguration -Identity global -ClientAudioPort $AudioPortStart -ClientAudioPortRange $AudioPortCount -ClientVideoPort $VideoPortStart -ClientMediaPortRangeEnabled $true',
        'Set-CsConferenceServer -Identity "ConferencingServer:$FrontEndPool" -AudioPortStart 50000 -AudioPortCount 20',
        'Set-CsClientPolicy -Identity Global -DisableHttpConnect $true -EnableSIPHighSecurityMode $true',
        'New-CsOnlinePSTNGateway -Fqdn sbc.contoso.com -SipSignalingPort 5067 -MaxConcurrentSessions 100 -Enabled $true',
        'Set-CsAccessEdgeConfiguration -AllowFederatedUsers $true -UseDnsSrvRouting',
        'Set-CsTenantFederationConfiguration -AllowFederatedUsers $true -AllowedDomains (New-CsEdgeAllowAllKnownDomains)',
        'New-CsSimpleUrl -Component "meet" -Domain "contoso.com" -SimpleUrlEntry $urlEntry -ActiveUrl "https://meet.contoso.com"',
      ].join('\n'),
    );
    expect(reading.diagnostics).toEqual([]);
    const shownCommands = commands(reading).filter((c) => c.normalizedName.includes('-cs')).map((c) => [c.name, params(c)]);
    expect(shownCommands).toEqual([
      ['Set-CsConferencingConfiguration', { Identity: 'global', ClientAudioPort: '50000', ClientAudioPortRange: '20', ClientVideoPort: '50020', ClientMediaPortRangeEnabled: true }],
      ['Set-CsConferenceServer', { Identity: 'ConferencingServer:pool01.contoso.com', AudioPortStart: 50000, AudioPortCount: 20 }],
      ['Set-CsClientPolicy', { Identity: 'Global', DisableHttpConnect: true, EnableSIPHighSecurityMode: true }],
      ['New-CsOnlinePSTNGateway', { Fqdn: 'sbc.contoso.com', SipSignalingPort: 5067, MaxConcurrentSessions: 100, Enabled: true }],
      ['Set-CsAccessEdgeConfiguration', { AllowFederatedUsers: true, UseDnsSrvRouting: true }],
      ['New-CsEdgeAllowAllKnownDomains', {}],
      ['Set-CsTenantFederationConfiguration', { AllowFederatedUsers: true, AllowedDomains: '?output of New-CsEdgeAllowAllKnownDomains' }],
      ['New-CsSimpleUrl', { Component: 'meet', Domain: 'contoso.com', SimpleUrlEntry: '?variable $urlEntry is not assigned in this file', ActiveUrl: 'https://meet.contoso.com' }],
    ]);
    // The computed port is sited at the sum that computed it.
    const video = commands(reading, 'set-csconferencingconfiguration')[0].parameters[3];
    expect(at(video.value.loc)).toBe('6:28-6:71');
  });

  it('leaves script parameters unknown when asked to', () => {
    const reading = readPowerShell("param([string]$Pool = 'pool01.contoso.com')\nSet-CsConferenceServer -Identity $Pool", 'x.ps1', { scriptParameters: 'unknown' });
    expect(params(commands(reading)[0])).toEqual({ Identity: '?script parameter $Pool, passed by the caller' });
  });
});

describe('PowerShell reader: client policy in the registry', () => {
  it('reads New-ItemProperty and Set-ItemProperty with -Name:value, typed values and a path built from a variable', () => {
    const reading = read(
      [
        "$Lync = 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync'",
        'New-Item -Path $Lync -Force | Out-Null',
        'New-ItemProperty -Path $Lync -Name "EnableSIPHighSecurityMode" -PropertyType DWord -Value 1 -Force',
        "Set-ItemProperty -Path \"$Lync\\Policy\" -Name:DisableHttpConnect -Type DWord -Value 0x1",
        "Set-ItemProperty -LiteralPath 'HKCU:\\Software\\Microsoft\\Office\\16.0\\Lync' -Name 'ServerAddressExternal' -Value 'sip.contoso.com:443'",
      ].join('\n'),
    );
    expect(commands(reading, 'new-itemproperty').map(params)).toEqual([
      { Path: 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync', Name: 'EnableSIPHighSecurityMode', PropertyType: 'DWord', Value: 1, Force: true },
    ]);
    expect(commands(reading, 'set-itemproperty').map(params)).toEqual([
      { Path: 'HKLM:\\SOFTWARE\\Policies\\Microsoft\\Office\\16.0\\Lync\\Policy', Name: 'DisableHttpConnect', Type: 'DWord', Value: 1 },
      { LiteralPath: 'HKCU:\\Software\\Microsoft\\Office\\16.0\\Lync', Name: 'ServerAddressExternal', Value: 'sip.contoso.com:443' },
    ]);
  });

  it('reads reg add lines in a script with their switches, values and positions', () => {
    const reading = read('reg.exe add "HKCU\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync" /v SavePassword /t REG_DWORD /d 0 /f /reg:64');
    const [reg] = natives(reading);
    expect([reg.name, reg.normalizedName, reg.program]).toEqual(['reg.exe', 'reg', 'reg']);
    expect(reg.operands.map((o) => [shown(o.value), o.raw])).toEqual([
      ['add', 'add'],
      ['HKCU\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync', '"HKCU\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync"'],
    ]);
    expect(reg.switches.map((s) => [s.name, shown(s.value?.value), at(s.loc)])).toEqual([
      ['v', 'SavePassword', '1:65-1:80'],
      ['t', 'REG_DWORD', '1:81-1:93'],
      ['d', '0', '1:94-1:98'],
      ['f', undefined, '1:99-1:101'],
      ['reg:64', undefined, '1:102-1:109'],
    ]);
  });
});

describe('PowerShell reader: DSC configurations', () => {
  it('reads Registry resources in Configuration and Node blocks, with their properties and positions', () => {
    const reading = read(
      [
        'Configuration SkypeForBusiness2016Client',
        '{',
        "    Import-DscResource -ModuleName 'PSDesiredStateConfiguration'",
        '    Node localhost',
        '    {',
        "        Registry 'Registry(POL): HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync\\savepassword'",
        '        {',
        "            Key       = 'HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync'",
        "            ValueName = 'savepassword'",
        '            ValueData = 0',
        "            ValueType = 'Dword'",
        "            Ensure    = 'Present'",
        '        }',
        '        Registry EnableSipHighSecurityMode {',
        "            Key = 'HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync'; ValueName = 'enablesiphighsecuritymode'",
        "            ValueData = '1'; ValueType = 'Dword'",
        '        }',
        '    }',
        '}',
        'SkypeForBusiness2016Client -OutputPath C:\\Dsc',
      ].join('\n'),
    );
    expect(reading.diagnostics).toEqual([]);
    expect(reading.resources.map((r) => [r.type, shown(r.name), shown(r.properties), r.configuration, shown(r.node), at(r.loc), r.conditional])).toEqual([
      [
        'Registry',
        'Registry(POL): HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync\\savepassword',
        { Key: 'HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync', ValueName: 'savepassword', ValueData: 0, ValueType: 'Dword', Ensure: 'Present' },
        'SkypeForBusiness2016Client',
        'localhost',
        '6:9-13:10',
        false,
      ],
      [
        'Registry',
        'EnableSipHighSecurityMode',
        { Key: 'HKLM:\\Software\\Policies\\Microsoft\\Office\\16.0\\Lync', ValueName: 'enablesiphighsecuritymode', ValueData: '1', ValueType: 'Dword' },
        'SkypeForBusiness2016Client',
        'localhost',
        '14:9-17:10',
        false,
      ],
    ]);
    const valueData = reading.resources[0].properties.kind === 'object' ? reading.resources[0].properties.entries.get('ValueData') : undefined;
    expect(valueData && at(valueData.loc)).toBe('10:25-10:26');
    expect(commands(reading).map((c) => c.name)).toEqual(['Import-DscResource', 'SkypeForBusiness2016Client']);
  });

  it('reads resources a foreach generates, keys written as PowerShell keywords, and nested values', () => {
    const reading = read(
      [
        'Configuration LyncBaseline {',
        "    $settings = @{ savepassword = 0; enablesiphighsecuritymode = 1; disablehttpconnect = 1 }",
        '    Node $AllNodes.NodeName {',
        '        foreach ($name in $settings.Keys) {',
        '            Registry "Lync_$name" {',
        "                Key = 'HKLM:\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync'",
        '                ValueName = $name',
        '                ValueData = $settings[$name]',
        "                Filter = 'not a keyword here'",
        "                DependsOn = '[Registry]Base', '[Registry]Other'",
        '            }',
        '        }',
        '    }',
        '}',
      ].join('\n'),
    );
    expect(reading.diagnostics).toEqual([]);
    expect(reading.resources.map((r) => [shown(r.name), shown(r.properties), shown(r.node), r.loops.map((l) => l.index)])).toEqual(
      ['savepassword', 'enablesiphighsecuritymode', 'disablehttpconnect'].map((name, i) => [
        `Lync_${name}`,
        {
          Key: 'HKLM:\\Software\\Policies\\Microsoft\\Office\\15.0\\Lync',
          ValueName: name,
          ValueData: i === 0 ? 0 : 1,
          Filter: 'not a keyword here',
          DependsOn: ['[Registry]Base', '[Registry]Other'],
        },
        '?automatic variable $AllNodes',
        [i],
      ]),
    );
  });
});

describe('PowerShell reader: Always On VPN ProfileXML', () => {
  it('keeps a ProfileXML here-string as the value of its assignment, exactly, with the position of the here-string', () => {
    const xml = [
      '<VPNProfile>',
      '  <NativeProfile>',
      '    <Servers>vpn.contoso.com</Servers>',
      '    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>',
      '  </NativeProfile>',
      '  <Route><Address>10.0.0.0</Address><PrefixSize>8</PrefixSize></Route>',
      '</VPNProfile>',
    ];
    const reading = read(["$ProfileName = 'Contoso AOVPN'", "$ProfileXML = @'", ...xml, "'@", "$ProfileXML = $ProfileXML -replace '<', '&lt;'"].join('\n'));
    const [name, profile, escaped] = reading.assignments;
    expect([name.name, shown(name.value)]).toEqual(['ProfileName', 'Contoso AOVPN']);
    expect([profile.name, shown(profile.value), at(profile.value.loc), at(profile.loc)]).toEqual(['ProfileXML', xml.join('\n'), '2:15-10:3', '2:1-10:3']);
    expect([escaped.name, shown(escaped.value)]).toEqual(['ProfileXML', xml.join('\n').replaceAll('<', '&lt;')]);
  });

  it('expands variables in a double-quoted here-string and keeps it unknown when one is not known', () => {
    const reading = read(['$Server = "vpn.contoso.com"', '$Xml = @"', '<Servers>$Server</Servers>', '<DnsSuffix>$($env:USERDNSDOMAIN)</DnsSuffix>', '"@', '$Known = @"', '<Servers>$Server</Servers>', '"@'].join('\n'));
    expect(reading.assignments.map((a) => [a.name, shown(a.value)])).toEqual([
      ['Server', 'vpn.contoso.com'],
      ['Xml', '?environment variable $env:USERDNSDOMAIN'],
      ['Known', '<Servers>vpn.contoso.com</Servers>'],
    ]);
  });
});

describe('PowerShell reader: what is not known stays unknown', () => {
  it('makes a variable assigned in a branch of unknown condition unknown after it, and keeps commands in the branch conditional', () => {
    const reading = read(
      [
        '$port = 5061',
        'if (Test-Path C:\\edge) { $port = 443; Set-CsAccessEdgeConfiguration -AllowOutsideUsers $true }',
        'New-CsOnlinePSTNGateway -Fqdn sbc.contoso.com -SipSignalingPort $port',
        'if ($true) { $known = 1 } else { $known = 2 }',
        'Set-Thing -Value $known',
      ].join('\n'),
    );
    const [edge] = commands(reading, 'set-csaccessedgeconfiguration');
    expect(edge.conditional).toBe(true);
    expect(params(commands(reading, 'new-csonlinepstngateway')[0]).SipSignalingPort).toBe('?$port is assigned in a branch whose condition is not known');
    expect(params(commands(reading, 'set-thing')[0])).toEqual({ Value: 1 });
  });

  it('reads a function body as conditional, with its parameters unknown and script variables it may read', () => {
    const reading = read(
      [
        "$Zone = 'contoso.com'",
        'function Add-TeamsRecords {',
        '    param([string]$Target)',
        "    Add-DnsServerResourceRecordCName -ZoneName $Zone -Name 'sip' -HostNameAlias $Target",
        '}',
        "Add-TeamsRecords -Target 'sipdir.online.lync.com'",
      ].join('\n'),
    );
    const [cname] = commands(reading, 'add-dnsserverresourcerecordcname');
    expect([cname.conditional, cname.function, params(cname)]).toEqual([
      true,
      'Add-TeamsRecords',
      { ZoneName: 'contoso.com', Name: 'sip', HostNameAlias: '?parameter $Target of Add-TeamsRecords, passed by the caller' },
    ]);
  });

  it('notes a splatted variable whose value is not known, so the command may have parameters not seen', () => {
    const [rule] = commands(read('$p = Get-RuleSettings\nNew-NetFirewallRule @p -Action Block'), 'new-netfirewallrule');
    expect([params(rule), rule.unknownSplats.map((u) => [u.expression, u.reason, at(u.loc)])]).toEqual([{ Action: 'Block' }, [['@p', 'output of Get-RuleSettings', '2:21-2:23']]]);
  });

  it('reads a loop over an unknown collection once, with the loop variable unknown', () => {
    const reading = read('foreach ($user in Get-ChildItem C:\\Users) { New-NetFirewallRule -DisplayName "Teams $($user.Name)" -Program "$($user.FullName)\\AppData\\Local\\Microsoft\\Teams\\current\\Teams.exe" }');
    const [rule] = commands(reading, 'new-netfirewallrule');
    expect([rule.conditional, rule.loops.map((l) => [l.variable, l.index, shown(l.item)]), params(rule).Program]).toEqual([
      true,
      [['user', undefined, '?output of Get-ChildItem']],
      '?loop variable $user over a collection not known (output of Get-ChildItem)',
    ]);
  });
});

describe('PowerShell reader: syntax problems', () => {
  it('reports them at their position and reads on', () => {
    const reading = read(
      [
        "New-NetFirewallRule -DisplayName 'SIP' -Direction Inbound ` ",
        '    -LocalPort 5061',
        "$x = 'unterminated",
        'Set-CsClientPolicy -Identity Global',
      ].join('\n'),
    );
    expect(diagnostics(reading)).toEqual([
      '2:5 powershell/syntax a parameter cannot begin a command: the backtick at the end of line 1 is followed by spaces, so it does not continue the line',
      '3:6 powershell/syntax the string is missing its closing quote',
    ]);
    expect(params(commands(reading, 'new-netfirewallrule')[0])).toEqual({ DisplayName: 'SIP', Direction: 'Inbound' });
  });

  it('reads a text with a byte-order mark and CRLF line ends at the same positions', () => {
    const reading = read('\uFEFFAdd-DnsServerResourceRecordA -ZoneName contoso.com -Name sip -IPv4Address 10.0.0.1\r\nSet-CsClientPolicy -Identity Global\r\n');
    expect(reading.invocations.map((i) => at(i.loc))).toEqual(['1:2-1:84', '2:1-2:36']);
  });
});
