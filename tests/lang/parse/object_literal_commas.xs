function object_literal_commas.xs {
  input {
  }

  stack {
    var $out {
      value = {success: true, data: null, error: null}
    }
  }

  response = $out
}
