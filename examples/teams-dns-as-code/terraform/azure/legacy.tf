# Left over from the SBC's first install: the same name zone.tf declares, with its old address.
resource "azurerm_dns_a_record" "sbc_old" {
  name                = "sbc"
  zone_name           = azurerm_dns_zone.northwind.name
  resource_group_name = azurerm_resource_group.dns.name
  ttl                 = 300
  records             = ["203.0.113.21"]
}
