function ternary_null_branch {
  input {
    bool success
    text message
  }

  stack {
    var $out {
      value = $input.success ? null : $input.message
    }
  }

  response = $out
}
