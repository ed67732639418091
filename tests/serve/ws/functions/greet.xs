// The function the webhooks queue: typed input, a small result.
function greet {
  input {
    int user_id
    text note?="none" filters=trim
  }

  stack {
    var $out {
      value = {user: $input.user_id, note: $input.note}
    }
  }

  response = $out
}
