// judgement: see docs/language-decisions.md#paths
function "filter_get_dotted_path" {
  input {
  }

  stack {
    var $x {
      value = {a:{b:5}}|get:"a.b"
    }
  }

  response = $x
}
