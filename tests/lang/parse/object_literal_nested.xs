function object_literal_nested {
  input {
  }

  stack {
    var $out {
      value = {
        meta: {
          function_name: "Onboarding"
          timestamp    : now
          errors       : []
        }
        data: {steps: {done: ["a"], failed: []}}
      }
    }
  }

  response = $out
}
