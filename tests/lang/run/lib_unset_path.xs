// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_unset_path" {
  input {
  }

  stack {
    var $x {
      value = {a:{b:1,c:2}}|unset:"a.b"
    }
  }

  response = $x
}
