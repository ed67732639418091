// docs: Xano XanoScript reference, syntax
function "op_concat_texts" {
  input {
  }

  stack {
    var $x {
      value = "Hello, " ~ "world" ~ "!"
    }
  }

  response = $x
}
