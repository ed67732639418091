// docs: Xano XanoScript language-server filter reference (hover docs), flatten
function "filter_flatten" {
  input {
  }

  stack {
    var $x {
      value = [1,[2,3],[[4,5]]]|flatten
    }
  }

  response = $x
}
