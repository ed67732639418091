function identifier_names_with_digits_and_underscores {
  input {
  }

  stack {
    var $step_2_result_v2 {
      value = 2
    }

    var $_private {
      value = $step_2_result_v2
    }
  }

  response = $_private
}
