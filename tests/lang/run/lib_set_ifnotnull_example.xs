// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_ifnotnull_example" {
  input {
  }

  stack {
    var $x {
      value = {a:1}|set_ifnotnull:"b":2
    }
  }

  response = $x
}
