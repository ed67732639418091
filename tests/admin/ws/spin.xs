// Runs until cancelled.
function "Tasks/Spin" {
  input {
  }

  stack {
    var $i {
      value = 0
    }

    while (true) {
      each {
        math.add $i {
          value = 1
        }
      }
    }
  }

  response = $i
}
