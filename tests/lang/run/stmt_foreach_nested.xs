// judgement: see docs/language-decisions.md#applied-descriptions
function "stmt_foreach_nested" {
  input {
  }

  stack {
    var $pairs {
      value = []
    }
    foreach ([1, 2]) {
      each as $a {
        foreach (["x", "y"]) {
          each as $b {
            var.update $pairs {
              value = $pairs|push:($a ~ $b)
            }
          }
        }
      }
    }
  }

  response = $pairs
}
