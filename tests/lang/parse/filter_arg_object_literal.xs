function filter_arg_object_literal {
  input {
    json errors
  }

  stack {
    var $out {
      value = $input.errors|push:{step: "step_n", error: "boom"}
    }
  }

  response = $out
}
