function object_literal_commas {
  input {
  }

  stack {
    var $out {
      value = {success: true, data: null, error: null}
    }
  }

  response = $out
}
