function array_statements {
  input {
  }

  stack {
    var $queue {
      value = [2, 3]
    }

    array.push $queue {
      value = 4
    }

    array.unshift $queue {
      value = 1
    }

    array.merge $queue {
      value = [5, 6]
    }

    array.pop $queue as $last
    array.shift $queue as $first
  }

  response = $queue
}
