// docs: Xano XanoScript statement reference, for
function "stmt_for_index_from_zero" {
  input {
  }

  stack {
    var $idx {
      value = []
    }
    for (3) {
      each as $index {
        var.update $idx {
          value = $idx|push:$index
        }
      }
    }
  }

  response = $idx
}
