// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_response_object_literal" {
  input {
  }

  stack {
    var $a {
      value = 1
    }
  }

  response = {a: $a, b: [$a, 2], c: {d: null}}
}
