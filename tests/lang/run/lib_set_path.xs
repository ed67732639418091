// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_set_path" {
  input {
  }

  stack {
    var $x {
      value = {a:{b:1}}|set:"a.c":2
    }
  }

  response = $x
}
