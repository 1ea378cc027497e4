# Public DNS of northwindtraders.com in Azure DNS: the Microsoft 365 records Teams needs.
resource "azurerm_resource_group" "dns" {
  name     = "rg-dns"
  location = "westeurope"
}

resource "azurerm_dns_zone" "northwind" {
  name                = "northwindtraders.com"
  resource_group_name = azurerm_resource_group.dns.name
}

locals {
  teams_ttl = 3600
}

resource "azurerm_dns_cname_record" "sip" {
  name                = "sip"
  zone_name           = azurerm_dns_zone.northwind.name
  resource_group_name = azurerm_resource_group.dns.name
  ttl                 = local.teams_ttl
  record              = "sipdir.online.lync.com"
}

resource "azurerm_dns_cname_record" "lyncdiscover" {
  name                = "lyncdiscover"
  zone_name           = azurerm_dns_zone.northwind.name
  resource_group_name = azurerm_resource_group.dns.name
  ttl                 = local.teams_ttl
  record              = "webdir.online.lync.com"
}

resource "azurerm_dns_srv_record" "sip_tls" {
  name                = "_sip._tls"
  zone_name           = azurerm_dns_zone.northwind.name
  resource_group_name = azurerm_resource_group.dns.name
  ttl                 = local.teams_ttl

  record {
    priority = 100
    weight   = 1
    port     = 443
    target   = "sipdir.online.lync.com"
  }
}

resource "azurerm_dns_srv_record" "sip_federation" {
  name                = "_sipfederationtls_tcp"
  zone_name           = azurerm_dns_zone.northwind.name
  resource_group_name = azurerm_resource_group.dns.name
  ttl                 = local.teams_ttl

  record {
    priority = 100
    weight   = 1
    port     = 5061
    target   = "sipfed.online.lync.com"
  }
}

# The Direct Routing SBC's public address.
resource "azurerm_dns_a_record" "sbc" {
  name                = "sbc"
  zone_name           = azurerm_dns_zone.northwind.name
  resource_group_name = azurerm_resource_group.dns.name
  ttl                 = 300
  records             = ["203.0.113.20"]
}
