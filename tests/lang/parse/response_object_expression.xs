function response_object_expression {
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
