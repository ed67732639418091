query "orders/{order_id}" verb=DELETE {
  input {
    int order_id
  }
  stack {
  }
  response = {deleted: $input.order_id}
}
