function response_object_expression.xs {
  input {
  }

  stack {
    var $ok {
      value = true
    }
  }

  response = {
    success: $ok
    data   : {at: now}
    error  : null
  }
}
