// expect: 9:32 a filtered value needs parentheses before '~'
function broken {
  input {
    int n
  }

  stack {
    var $x {
      value = $input.n|to_text ~ " items"
    }
  }

  response = null
}
