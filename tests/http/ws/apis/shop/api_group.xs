api_group shop {
  canonical = "shop"
  description = "Orders and products"
}
