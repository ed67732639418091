// judgement: see docs/language-decisions.md#vector-filters
function "err_vector_empty" {
  stack {
    var $d {
      value = []|inner_product:[]
    }
  }
  response = $d
}
