# Public DNS of northwind.net in Route 53, the tenant's second SIP domain.
resource "aws_route53_zone" "northwind_net" {
  name = "northwind.net"
}

variable "teams_ttl" {
  type    = number
  default = 3600
}

locals {
  teams_cnames = {
    sip          = "sipdir.online.lync.com"
    lyncdiscover = "webdir.online.lync.com"
  }
}

resource "aws_route53_record" "teams_cname" {
  for_each = local.teams_cnames

  zone_id = aws_route53_zone.northwind_net.zone_id
  name    = each.key
  type    = "CNAME"
  ttl     = var.teams_ttl
  records = [each.value]
}

resource "aws_route53_record" "sip_tls" {
  zone_id = aws_route53_zone.northwind_net.zone_id
  name    = ""
  type    = "SRV"
  ttl     = var.teams_ttl
  records = ["100 1 443 sipdir.online.lync.com"]
}

resource "aws_route53_record" "sip_federation" {
  zone_id = aws_route53_zone.northwind_net.zone_id
  name    = "_sipfederationtls._tcp"
  type    = "SRV"
  ttl     = var.teams_ttl
  records = ["1 5061 sipfed.online.lync.com"]
}

resource "aws_route53_record" "sbc" {
  zone_id = aws_route53_zone.northwind_net.zone_id
  name    = "sbc"
  type    = "A"
  ttl     = 300
  records = ["203.0.113.10 203.0.113.11"]
}
