function filter_set_composition {
  input {
    bool ok
    int user_id
  }

  stack {
    var $out {
      value = {}|set:"success":$input.ok
        |set:"data":({}|set:"user_id":$input.user_id)
        |set:"error":($input.ok ? null : "failed")
    }
  }

  response = $out
}
