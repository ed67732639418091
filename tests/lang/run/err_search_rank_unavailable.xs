// judgement: see docs/language-decisions.md#query-filters
function "err_search_rank_unavailable" {
  response = "a long article about cats"|search_rank:"cats"
}
