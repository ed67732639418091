table webhook_delivery {
  auth = false

  schema {
    uuid id
    text idempotency_key
    timestamp received_at?=now
  }
}
