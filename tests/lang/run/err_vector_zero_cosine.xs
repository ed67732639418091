// judgement: see docs/language-decisions.md#vector-filters
function "err_vector_zero_cosine" {
  stack {
    var $d {
      value = [0, 0]|cosine_distance:[1, 2]
    }
  }
  response = $d
}
