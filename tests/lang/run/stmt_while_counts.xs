// docs: Xano XanoScript statement reference, while
function "stmt_while_counts" {
  input {
  }

  stack {
    var $retry_count {
      value = 0
    }
    while ($retry_count < 5) {
      each {
        var.update $retry_count {
          value = $retry_count + 1
        }
      }
    }
  }

  response = $retry_count
}
