// judgement: see docs/language-decisions.md#object-order
function "filter_set_chain_order" {
  input {
  }

  stack {
    var $x {
      value = {}|set:"z":1|set:"a":2|set:"m":3
    }
  }

  response = $x
}
