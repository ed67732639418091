// The reZEN partner API as the v2 backend calls it, served by
// `xsflow http serve` at /api/rezen/...
api_group rezen {
  canonical = "rezen001"
  description = "Stand-in for the reZEN agent API"
}
