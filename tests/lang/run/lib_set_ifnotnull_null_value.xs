// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_ifnotnull_null_value" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_ifnotnull:"b":null
    }
  }

  response = $x
}
