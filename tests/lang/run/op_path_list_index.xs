// judgement: see docs/language-decisions.md#paths
function "op_path_list_index" {
  input {
  }

  stack {
    var $x {
      value = {items: [{name: "first"}, {name: "second"}]}
    }
  }

  response = $x.items.1.name
}
