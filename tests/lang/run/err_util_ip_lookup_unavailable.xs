// judgement: see docs/language-decisions.md#xano-services
function "err_util_ip_lookup_unavailable" {
  stack {
    util.ip_lookup {
      value = "192.168.0.125"
    } as $where
  }
  response = $where
}
