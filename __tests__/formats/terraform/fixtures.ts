/** Terraform files of Teams DNS, standard and with the slips DNS as code makes, for the format's tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from '../../helpers/built-cli.js';

/** Microsoft Teams DNS for contoso.com in Route 53, as documented (also the docs' sample of a Terraform file). */
export const ROUTE53_TEAMS = readFileSync(path.join(REPOSITORY_ROOT, '__tests__/fixtures/terraform/teams/main.tf'), 'utf8');

export const AZURE_TEAMS = `resource "azurerm_dns_zone" "contoso" {
  name                = "contoso.com"
  resource_group_name = "dns"
}

resource "azurerm_dns_cname_record" "sip" {
  name                = "sip"
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600
  record              = "sipdir.online.lync.com"
}

resource "azurerm_dns_cname_record" "lyncdiscover" {
  name                = "lyncdiscover"
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600
  record              = "webdir.online.lync.com"
}

resource "azurerm_dns_srv_record" "sip_tls" {
  name                = "_sip._tls"
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600

  record {
    priority = 100
    weight   = 1
    port     = 443
    target   = "sipdir.online.lync.com"
  }
}

resource "azurerm_dns_srv_record" "sip_federation" {
  name                = "_sipfederationtls._tcp"
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600

  record {
    priority = 100
    weight   = 1
    port     = 5061
    target   = "sipfed.online.lync.com"
  }
}

resource "azurerm_dns_txt_record" "verify" {
  name                = "@"
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600

  record {
    value = "MS=ms12345678"
  }
}

resource "azurerm_dns_mx_record" "mail" {
  zone_name           = azurerm_dns_zone.contoso.name
  resource_group_name = "dns"
  ttl                 = 3600

  record {
    preference = 0
    exchange   = "contoso-com.mail.protection.outlook.com"
  }
}
`;
