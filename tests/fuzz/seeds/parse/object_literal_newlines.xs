function object_literal_newlines {
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
