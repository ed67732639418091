// A run that takes a while: it is in flight when a reload comes.
function nap {
  input {
    decimal seconds
  }

  stack {
    util.sleep {
      value = $input.seconds
    }
  }

  response = {slept: $input.seconds}
}
