// judgement: see docs/language-decisions.md#vector-filters
function "err_vector_not_list" {
  stack {
    var $d {
      value = "1,2"|inner_product:[1, 2]
    }
  }
  response = $d
}
