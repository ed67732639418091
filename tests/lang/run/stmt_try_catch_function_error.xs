// judgement: see docs/language-decisions.md#error-fields
function "stmt_try_catch_function_error" {
  input {
  }

  stack {
    try_catch {
      try {
        function.run "throws_validation" {
          input = {}
        } as $r
      }
      catch {
        var $caught {
          value = {name: $error.name, message: $error.message}
        }
      }
    }
  }

  response = $caught
}
