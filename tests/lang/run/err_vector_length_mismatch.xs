// judgement: see docs/language-decisions.md#vector-filters
function "err_vector_length_mismatch" {
  stack {
    var $d {
      value = [1, 2, 3]|cosine_similarity:[1, 2]
    }
  }
  response = $d
}
