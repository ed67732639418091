function input_password_filters {
  input {
    password new_password filters=min:12|minAlpha:2|minDigit:1|minSymbol:1|minUpperAlpha:1|minLowerAlpha:1
  }

  stack {

  }

  response = $input
}
