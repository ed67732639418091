// judgement: see docs/language-decisions.md#applied-descriptions
function "lib_remove_path" {
  input {
  }

  stack {
    var $x {
      value = [{id:1},{id:2}]|remove:1:"id"
    }
  }

  response = $x
}
