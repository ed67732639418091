function for_with_description {
  input {
    int times
  }

  stack {
    for ($input.times) {
      description = "Retry the health check a few times"
      each as $i {
        util.sleep {
          value = 1
        }
      }
    }
  }

  response = null
}
