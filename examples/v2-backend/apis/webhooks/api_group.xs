// Inbound webhooks: POST /api/webhooks/...
api_group webhooks {
  canonical = "v2hooks1"
  description = "Webhooks that start background work"
}
