function object_literal_newlines.xs {
  input {
  }

  stack {
    var $out {
      value = {
        success: true
        data   : {user_id: 1}
        error  : null
      }
    }
  }

  response = $out
}
