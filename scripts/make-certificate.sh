#!/usr/bin/env bash
# Makes a test or example certificate with FIXED validity dates (openssl ca -startdate/-enddate),
# so committed fixtures never go stale. Keys are new on every run; the facts rules judge are not.
#
# usage: scripts/make-certificate.sh OUT.pem SUBJECT NOT_BEFORE NOT_AFTER [options]
#   SUBJECT      e.g. "/CN=sip.contoso.com/O=Contoso"
#   NOT_BEFORE   YYYYMMDDHHMMSSZ, NOT_AFTER likewise
# options:
#   --san "DNS:a,DNS:b,IP:1.2.3.4"   subject alternative names
#   --eku "serverAuth,clientAuth"     extended key usage
#   --key rsa:2048|rsa:1024|ec:P-256|dsa:1024 key (default rsa:2048)
#   --md sha256|sha1                  signature hash (default sha256)
#   --pss                             RSASSA-PSS signature
#   --ca DIR                          sign with the CA in DIR (made by --make-ca), else self-signed
#   --make-ca                         OUT is a CA certificate; its key and database go beside it in OUT.d/
#   --key-out FILE                    also write the private key to FILE (a server that presents it)
set -euo pipefail
out=$1 subject=$2 start=$3 end=$4
shift 4
san="" eku="" key="rsa:2048" md="sha256" pss="" ca="" make_ca="" key_out=""
while [ $# -gt 0 ]; do
  case $1 in
    --san) san=$2; shift 2 ;;
    --eku) eku=$2; shift 2 ;;
    --key) key=$2; shift 2 ;;
    --md) md=$2; shift 2 ;;
    --pss) pss=1; shift ;;
    --ca) ca=$2; shift 2 ;;
    --make-ca) make_ca=1; shift ;;
    --key-out) key_out=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
case $key in
  rsa:*) openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:${key#rsa:}" -out "$work/key.pem" 2>/dev/null ;;
  ec:*) openssl genpkey -algorithm EC -pkeyopt "ec_paramgen_curve:${key#ec:}" -out "$work/key.pem" ;;
  dsa:*)
    openssl genpkey -genparam -algorithm DSA -pkeyopt "dsa_paramgen_bits:${key#dsa:}" -out "$work/params.pem" 2>/dev/null
    openssl genpkey -paramfile "$work/params.pem" -out "$work/key.pem" ;;
esac
{
  echo "[ext]"
  if [ -n "$make_ca" ]; then echo "basicConstraints = critical, CA:true"; else echo "basicConstraints = CA:false"; fi
  [ -n "$san" ] && echo "subjectAltName = $san"
  [ -n "$eku" ] && echo "extendedKeyUsage = $eku"
  echo "[ca]"; echo "default_ca = own"
  echo "[own]"
  echo "database = $work/index.txt"; echo "new_certs_dir = $work"; echo "serial = $work/serial"
  echo "policy = any"; echo "copy_extensions = none"; echo "unique_subject = no"
  echo "[any]"; echo "commonName = optional"; echo "organizationName = optional"
} > "$work/openssl.cnf"
: > "$work/index.txt"
printf '%s\n' "$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')" > "$work/serial"
openssl req -new -key "$work/key.pem" -subj "$subject" -out "$work/req.csr"
sign_key="$work/key.pem" sign_cert=""
if [ -n "$ca" ]; then sign_key="$ca.d/key.pem"; sign_cert="$ca"; fi
sigopts=()
[ -n "$pss" ] && sigopts=(-sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest)
if [ -n "$sign_cert" ]; then
  openssl ca -batch -config "$work/openssl.cnf" -extfile "$work/openssl.cnf" -extensions ext -notext \
    -startdate "$start" -enddate "$end" -md "$md" -keyfile "$sign_key" -cert "$sign_cert" "${sigopts[@]}" \
    -in "$work/req.csr" -out "$out" 2>/dev/null
else
  openssl ca -batch -selfsign -config "$work/openssl.cnf" -extfile "$work/openssl.cnf" -extensions ext -notext \
    -startdate "$start" -enddate "$end" -md "$md" -keyfile "$sign_key" "${sigopts[@]}" \
    -in "$work/req.csr" -out "$out" 2>/dev/null
fi
if [ -n "$make_ca" ]; then mkdir -p "$out.d"; cp "$work/key.pem" "$out.d/key.pem"; fi
if [ -n "$key_out" ]; then cp "$work/key.pem" "$key_out"; fi
