function casted_values {
  input {
  }

  stack {
    var $out {
      value = [!int "42", !bool "true", !text "12", !array "[1, 2]"]
    }
  }

  response = $out
}
