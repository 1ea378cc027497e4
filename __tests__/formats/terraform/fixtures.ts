/** Terraform files of Teams DNS, standard and with the slips DNS as code makes, for the format's tests. */

export const ROUTE53_TEAMS = `# Microsoft Teams DNS for contoso.com in Route 53
resource "aws_route53_zone" "contoso" {
  name = "contoso.com"
}

locals {
  teams_cnames = {
    sip          = "sipdir.online.lync.com"
    lyncdiscover = "webdir.online.lync.com"
    autodiscover = "autodiscover.outlook.com"
  }
}

resource "aws_route53_record" "teams_cname" {
  for_each = local.teams_cnames
  zone_id  = aws_route53_zone.contoso.zone_id
  name     = each.key
  type     = "CNAME"
  ttl      = 3600
  records  = [each.value]
}

resource "aws_route53_record" "sip_tls" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "_sip._tls.contoso.com"
  type    = "SRV"
  ttl     = 3600
  records = ["100 1 443 sipdir.online.lync.com"]
}

resource "aws_route53_record" "sip_federation" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "_sipfederationtls._tcp"
  type    = "SRV"
  ttl     = 3600
  records = ["100 1 5061 sipfed.online.lync.com"]
}

resource "aws_route53_record" "mx" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = ""
  type    = "MX"
  ttl     = 3600
  records = ["0 contoso-com.mail.protection.outlook.com"]
}

resource "aws_route53_record" "txt" {
  zone_id = aws_route53_zone.contoso.zone_id
  name    = "contoso.com"
  type    = "TXT"
  ttl     = 3600
  records = ["MS=ms12345678", "v=spf1 include:spf.protection.outlook.com -all"]
}
`;

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
