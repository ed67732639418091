// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_foreach_objects_collect" {
  input {
  }

  stack {
    var $names {
      value = []
    }
    foreach ([{name: "a"}, {name: "b"}]) {
      each as $u {
        var.update $names {
          value = $names|push:$u.name
        }
      }
    }
  }

  response = $names
}
