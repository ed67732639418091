// judgement: see docs/language-decisions.md#equality
function "op_eq_objects" {
  input {
  }

  stack {
    var $x {
      value = {a:1, b:2} == {a:1, b:2}
    }
  }

  response = $x
}
