// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_existing_key" {
  input {
  }

  stack {
    var $x {
      value = {a:1,b:2}|set:"a":3
    }
  }

  response = $x
}
