function foreach_each_as {
  input {
    json items
  }

  stack {
    var $ids {
      value = []
    }

    foreach ($input.items) {
      each as $item {
        var.update $ids {
          value = $ids|push:$item.id
        }
      }
    }
  }

  response = $ids
}
