function foreach_remove_continue_break {
  input {
    json items
  }

  stack {
    foreach ($input.items) {
      each as $item {
        conditional {
          if ($item == null) {
            continue
          }
        }

        conditional {
          if ($item == "drop") {
            foreach.remove
          }
        }

        conditional {
          if ($item == "stop") {
            break
          }
        }
      }
    }
  }

  response = null
}
