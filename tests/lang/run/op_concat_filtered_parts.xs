// docs: Xano XanoScript reference, essentials
function "op_concat_filtered_parts" {
  input {
  }

  stack {
    var $x {
      value = (5|to_text) ~ ": " ~ ([1]|json_encode)
    }
  }

  response = $x
}
