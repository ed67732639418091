// judgement: see docs/language-decisions.md#object-order
function "filter_set_overwrite_keeps_position" {
  input {
  }

  stack {
    var $x {
      value = {a:1, b:2}|set:"a":9
    }
  }

  response = $x
}
