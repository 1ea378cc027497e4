// Public DNS of northwind.org, kept with DNSControl.
var REG_NONE = NewRegistrar("none");
var DSP_CLOUDFLARE = NewDnsProvider("cloudflare");

var TEAMS_TTL = TTL(3600);

D("northwind.org", REG_NONE, DnsProvider(DSP_CLOUDFLARE),
  CNAME("sip", "sipdir.online.lync.com.", TEAMS_TTL),
  CNAME("lyncdiscover", "webdir.online.lync.com.", TEAMS_TTL),
  SRV("_sip._tls", 100, 1, 443, "sipdir.online.lync.com.", TEAMS_TTL),
  SRV("_sipfederationtls._tcp", 100, 1, 5062, "sipfed.online.lync.com.", TEAMS_TTL),
  TXT("@", "MS=ms12345678")
);
