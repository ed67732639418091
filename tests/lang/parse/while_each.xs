function while_each {
  input {
  }

  stack {
    var $page {
      value = 1
    }

    while ($page <= 3) {
      each {
        var.update $page {
          value = $page + 1
        }
      }
    }
  }

  response = $page
}
