query orders verb=POST {
  input {
    text customer filters=trim
    int quantity
    decimal price?=1.5
    bool gift?
    text[] tags?
  }
  stack {
    precondition ($input.quantity > 0) {
      error_type = "inputerror"
      error = "quantity must be positive"
    }
    util.set_header {
      value = "Status: 201"
    }
    util.set_header {
      value = "X-Order-Total: " ~ ($input.quantity * $input.price)
    }
  }
  response = {
    customer: $input.customer
    quantity: $input.quantity
    total: $input.quantity * $input.price
    gift: $input.gift
    tags: $input.tags
  }
}
