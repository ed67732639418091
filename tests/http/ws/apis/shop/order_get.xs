query "orders/{order_id}" verb=GET {
  input {
    int order_id
  }
  stack {
    precondition ($input.order_id != 404) {
      error_type = "notfound"
      error = "no such order"
    }
    precondition ($input.order_id != 401) {
      error_type = "unauthorized"
      error = "sign in first"
    }
    precondition ($input.order_id != 403) {
      error_type = "accessdenied"
      error = "not yours"
    }
    precondition ($input.order_id != 500) {
      error = "something broke"
    }
    function.run double {
      input = {n: $input.order_id}
    } as $twice
  }
  response = {id: $input.order_id, twice: $twice}
}
