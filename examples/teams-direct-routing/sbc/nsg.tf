# The network security group in front of Fabrikam's Teams Direct Routing SBC in Azure, as
# "Plan Direct Routing" describes its traffic: SIP/TLS and media from Microsoft's Direct Routing
# ranges only, management from the administrators' network.
locals {
  direct_routing = ["52.112.0.0/14", "52.122.0.0/15"]
  admins         = ["203.0.113.0/27"]
}

resource "azurerm_network_security_group" "sbc" {
  name                = "nsg-teams-sbc-weu"
  location            = "westeurope"
  resource_group_name = "rg-voice"

  security_rule {
    name                       = "sip-tls-from-direct-routing"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5061"
    source_address_prefixes    = local.direct_routing
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "media-from-direct-routing"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "6000-9999"
    source_address_prefixes    = local.direct_routing
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "ssh-from-admins"
    priority                   = 200
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefixes    = local.admins
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "web-ui"
    priority                   = 210
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "443"
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }
}
